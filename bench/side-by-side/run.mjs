#!/usr/bin/env node
// Access side by side with a bare Apollo floor: the built server (apps/server/dist) answers the
// benchmarked queries as the signed-in demo admin; the floor (floor-server.mjs) answers the same
// queries through the same printed schema from memory. autocannon rounds alternate between the two,
// so both see the same machine state; each round and the ratio are printed.
// Run from the repository root (after `pnpm build`): pnpm bench:side-by-side
// BENCH_DATABASES (default "pglite,postgres"), BENCH_PG_URL (default postgres://postgres@127.0.0.1:5432/postgres),
// BENCH_ROUNDS (3), BENCH_SECONDS (10), BENCH_CONNECTIONS (10), BENCH_QUERIES (default "users,me").
// Method and results: bench/RESULTS.md, "Side by side with a bare Apollo floor".
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { benchNodeArgs, freePort, onPostgres, startServer } from '../bench-server.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const ADMIN = { tenant: 'acme', username: 'admin', password: 'Admin#2026demo' };
const ROUNDS = Number(process.env.BENCH_ROUNDS || 3);
const SECONDS = Number(process.env.BENCH_SECONDS || 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 10);
const DATABASES = (process.env.BENCH_DATABASES || 'pglite,postgres').split(',');
const pgServerUrl = process.env.BENCH_PG_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const PG_DATABASE = 'access_bench_side_by_side';

/** The benchmarked requests; they select disjoint root fields, so one floor answers both. */
const QUERIES = {
  // The Users page with each user's role and the role's own permissions.
  users: `query UsersPage {
  users(first: 50) {
    totalCount
    edges { cursor node { id username email displayName state isActive lastLoginAt role { id name isSystem permissions { key name module } } } }
    pageInfo { hasNextPage endCursor }
  }
}`,
  me: 'query Me { me { username } }',
};
const selected = (process.env.BENCH_QUERIES || 'users,me').split(',');

async function post(url, body, token) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
  });
  return { status: response.status, text: await response.text() };
}

async function signIn(url) {
  const body = JSON.stringify({
    query: 'mutation($input: LoginInput!) { login(input: $input) { ... on Session { accessToken } } }',
    variables: { input: ADMIN },
  });
  const { text } = await post(url, body);
  const token = JSON.parse(text).data?.login?.accessToken;
  if (!token) throw new Error(`The demo admin could not sign in: ${text}`);
  return token;
}

async function startFloor(answers) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'access-floor-'));
  const file = path.join(dir, 'answers.json');
  await writeFile(file, JSON.stringify(answers));
  const port = await freePort();
  // The floor's Node gets the same flags as Access's, so both sides can be profiled the same way.
  const child = spawn(process.execPath, [...benchNodeArgs(), path.join(here, 'floor-server.mjs'), file, String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  await new Promise((resolve, reject) => {
    child.stdout.once('data', resolve);
    child.once('exit', (code) => reject(new Error(`the floor exited with ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** CPU seconds (user + system) a process has used so far, from /proc; null where there is no /proc. */
function cpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // utime and stime, fields 14 and 15 of proc(5), counted from the state (field 3) here.
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return null;
  }
}
const CLOCK_TICKS = 100;

/** An autocannon run, with the CPU time the server process spent per answered request. */
async function measured(server, body, token, seconds) {
  const before = cpuSeconds(server.pid);
  const result = await cannon(server.url, body, token, seconds);
  const after = cpuSeconds(server.pid);
  const cpuMs = before === null || after === null ? null : (1000 * (after - before)) / Math.max(result.requests.total, 1);
  return { ...result, cpuMs };
}

function cannon(url, body, token, seconds) {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: `${url}/graphql`,
        method: 'POST',
        connections: CONNECTIONS,
        duration: seconds,
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body,
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const medianCpu = (rows, key) => (rows[0][key] === null ? null : Number(median(rows.map((row) => row[key])).toFixed(3)));
const pad = (value, width) => String(value).padStart(width);

async function prepareDatabase(name) {
  if (name === 'pglite') return { env: { DATABASE_URL: '' }, drop: async () => {} };
  const onServer = (sql) => onPostgres(pgServerUrl, sql);
  await onServer(`DROP DATABASE IF EXISTS "${PG_DATABASE}" WITH (FORCE)`);
  await onServer(`CREATE DATABASE "${PG_DATABASE}"`);
  const url = new URL(pgServerUrl);
  url.pathname = `/${PG_DATABASE}`;
  return { env: { DATABASE_URL: url.toString() }, drop: () => onServer(`DROP DATABASE IF EXISTS "${PG_DATABASE}" WITH (FORCE)`) };
}

async function benchDatabase(name) {
  const database = await prepareDatabase(name);
  const server = await startServer(database.env);
  let floor;
  const summary = [];
  try {
    const token = await signIn(server.url);
    const bodies = Object.fromEntries(selected.map((key) => [key, JSON.stringify({ query: QUERIES[key] })]));
    const answers = {};
    const expected = {};
    for (const key of selected) {
      const { status, text } = await post(server.url, bodies[key], token);
      const parsed = JSON.parse(text);
      if (status !== 200 || parsed.errors) throw new Error(`${key} did not answer: ${text.slice(0, 500)}`);
      Object.assign(answers, parsed.data);
      expected[key] = text;
    }
    floor = await startFloor(answers);
    for (const key of selected) {
      const { text } = await post(floor.url, bodies[key]);
      if (text !== expected[key]) throw new Error(`The floor's answer to ${key} differs from Access's (${text.length} vs ${expected[key].length} bytes)`);
    }
    for (const key of selected) {
      const bytes = Buffer.byteLength(expected[key]);
      console.log(`\n${name} · ${key} · ${(bytes / 1024).toFixed(1)} KB per answer · ${CONNECTIONS} connections · ${ROUNDS} rounds of ${SECONDS} s each`);
      // A short warm-up of each, so the JIT and the caches are in the same state for the rounds.
      await cannon(server.url, bodies[key], token, 2);
      await cannon(floor.url, bodies[key], undefined, 2);
      const rows = [];
      for (let round = 1; round <= ROUNDS; round++) {
        const access = await measured(server, bodies[key], token, SECONDS);
        const bare = await measured(floor, bodies[key], undefined, SECONDS);
        for (const [who, result] of [['Access', access], ['floor', bare]]) {
          if (result.non2xx || result.errors) throw new Error(`${who} answered ${result.non2xx} non-2xx and ${result.errors} errors in round ${round}`);
        }
        const row = {
          round,
          access: access.requests.average,
          floor: bare.requests.average,
          accessP99: access.latency.p99,
          floorP99: bare.latency.p99,
          accessCpuMs: access.cpuMs,
          floorCpuMs: bare.cpuMs,
        };
        rows.push(row);
        console.log(
          `  round ${round}: Access ${pad(row.access.toFixed(0), 6)} req/s p99 ${pad(row.accessP99, 4)} ms | floor ${pad(row.floor.toFixed(0), 6)} req/s p99 ${pad(row.floorP99, 4)} ms | ${(
            (100 * row.access) /
            row.floor
          ).toFixed(1)} %${row.accessCpuMs === null ? '' : ` | CPU per request: Access ${row.accessCpuMs.toFixed(3)} ms, floor ${row.floorCpuMs.toFixed(3)} ms (${((100 * row.floorCpuMs) / row.accessCpuMs).toFixed(1)} %)`}`,
        );
      }
      const ratio = median(rows.map((row) => row.access / row.floor));
      const p99Ratio = median(rows.map((row) => row.accessP99 / Math.max(row.floorP99, 1)));
      const line = {
        database: name,
        query: key,
        kilobytes: Number((bytes / 1024).toFixed(1)),
        accessRps: Math.round(median(rows.map((row) => row.access))),
        floorRps: Math.round(median(rows.map((row) => row.floor))),
        ratioPercent: Number((100 * ratio).toFixed(1)),
        accessP99: median(rows.map((row) => row.accessP99)),
        floorP99: median(rows.map((row) => row.floorP99)),
        p99Ratio: Number(p99Ratio.toFixed(2)),
        accessCpuMs: medianCpu(rows, 'accessCpuMs'),
        floorCpuMs: medianCpu(rows, 'floorCpuMs'),
      };
      summary.push(line);
      console.log(`  median: ${line.ratioPercent} % of the floor's req/s; p99 ${line.p99Ratio}x the floor's`);
    }
  } finally {
    await floor?.stop();
    await server.stop();
    await database.drop();
  }
  return summary;
}

const results = [];
for (const name of DATABASES) results.push(...(await benchDatabase(name)));
console.log('\n| Database | Query | KB | Access req/s | Floor req/s | Ratio | Access p99 | Floor p99 | CPU ms per request: Access / floor |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const row of results) {
  console.log(`| ${row.database} | ${row.query} | ${row.kilobytes} | ${row.accessRps} | ${row.floorRps} | ${row.ratioPercent} % | ${row.accessP99} ms | ${row.floorP99} ms | ${row.accessCpuMs ?? '?'} / ${row.floorCpuMs ?? '?'} |`);
}
console.log(JSON.stringify({ cpus: os.cpus().length, node: process.version, connections: CONNECTIONS, seconds: SECONDS, rounds: ROUNDS, results }));
