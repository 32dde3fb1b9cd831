#!/usr/bin/env node
// Time from a finished install to the first GraphQL answer, on a fresh clone, with the README's
// first command. Each run: clone the repository at a commit into a temporary folder, install
// (timed, not counted), run `npx -y pnpm@10.34.9 start` and poll POST /graphql { __typename }
// every 50 ms until it answers; then poll an admin page until the web app is served, and stop.
// A second start of the same clone (caches warm, database present) is timed the same way. Also
// reports the CPU seconds the start used up to the first answer, less sensitive to busy neighbours.
//
//   node bench/start-time.mjs [--ref <commit>] [--runs 3] [--json results.json]
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PNPM = ['-y', 'pnpm@10.34.9'];
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const option = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : fallback;
};
const ref = option('ref', 'HEAD');
const runs = Number(option('runs', '1'));
const jsonOut = option('json', null);
const commit = execFileSync('git', ['rev-parse', '--short', ref], { cwd: repo, encoding: 'utf8' }).trim();

const seconds = (ms) => Number((ms / 1000).toFixed(2));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function graphqlAnswers(url) {
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    return response.ok && (await response.json()).data?.__typename === 'Query';
  } catch {
    return false;
  }
}

async function adminAppServed(url) {
  try {
    const response = await fetch(`${url}/users`, { headers: { accept: 'text/html' } });
    return response.status === 200 && (await response.text()).includes('id="root"');
  } catch {
    return false;
  }
}

const TICKS_PER_SECOND = 100;

/**
 * CPU seconds the process tree under `pid` has used so far (Linux only, else null): utime and stime
 * of every live process plus cutime and cstime, which hold the exited children they waited for
 * (the builds). On a shared machine wall time depends on the neighbours; this does much less.
 */
function treeCpuSeconds(pid) {
  if (!existsSync('/proc/self/stat')) return null;
  const stats = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      stats.set(Number(entry), { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]) });
    } catch {
      // Gone while listing.
    }
  }
  let ticks = 0;
  const walk = (id) => {
    const stat = stats.get(id);
    if (!stat) return;
    ticks += stat.ticks;
    for (const [child, { ppid }] of stats) if (ppid === id) walk(child);
  };
  walk(pid);
  return Number((ticks / TICKS_PER_SECOND).toFixed(2));
}

/** One `pnpm start` in `dir`: seconds to the first GraphQL answer and to the served admin app. */
async function timeStart(dir) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = spawn('npx', [...PNPM, 'start'], {
    cwd: dir,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', TURBO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  let exited = false;
  child.once('exit', () => (exited = true));
  try {
    let firstAnswer = null;
    let firstAnswerCpu = null;
    let adminApp = null;
    while (performance.now() - started < 300_000 && !exited) {
      if (firstAnswer === null && (await graphqlAnswers(url))) {
        firstAnswer = performance.now() - started;
        firstAnswerCpu = treeCpuSeconds(child.pid);
      }
      if (firstAnswer !== null && (await adminAppServed(url))) {
        adminApp = performance.now() - started;
        break;
      }
      await sleep(50);
    }
    if (firstAnswer === null) throw new Error(`no GraphQL answer from ${url}:\n${output}`);
    const phases = output.match(/"startupMs":(\{[^}]*\})/);
    return {
      firstAnswerS: seconds(firstAnswer),
      cpuToFirstAnswerS: firstAnswerCpu,
      adminAppS: adminApp === null ? null : seconds(adminApp),
      serverPhasesMs: phases ? JSON.parse(phases[1]) : null,
    };
  } finally {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
    while (!exited) await sleep(50);
  }
}

const results = [];
for (let run = 1; run <= runs; run++) {
  const dir = mkdtempSync(path.join(tmpdir(), 'access-start-time-'));
  try {
    execFileSync('git', ['clone', '-q', repo, dir]);
    execFileSync('git', ['checkout', '-q', commit], { cwd: dir });
    const load = loadavg()[0];
    let mark = performance.now();
    execFileSync('npx', [...PNPM, 'install', '--frozen-lockfile'], { cwd: dir, stdio: 'ignore' });
    const installS = seconds(performance.now() - mark);
    const fresh = await timeStart(dir);
    const again = await timeStart(dir);
    const result = { run, commit, loadAverage1m: Number(load.toFixed(2)), installS, fresh, again };
    results.push(result);
    console.log(JSON.stringify(result));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const median = (values) => {
  const sorted = values.filter((value) => value !== null).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : null;
};
const summary = {
  commit,
  machine: `${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`,
  runs: results.length,
  medianFirstAnswerS: median(results.map((r) => r.fresh.firstAnswerS)),
  medianCpuToFirstAnswerS: median(results.map((r) => r.fresh.cpuToFirstAnswerS)),
  medianAdminAppS: median(results.map((r) => r.fresh.adminAppS)),
  medianSecondStartFirstAnswerS: median(results.map((r) => r.again.firstAnswerS)),
};
console.log(JSON.stringify(summary));
if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify({ summary, results }, null, 2)}\n`);
