// The built server (apps/server/dist) as a child process for the benchmarks, and a GraphQL client.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const serverEntry = path.join(root, 'apps/server/dist/main.js');
// The server's own pg driver, so the benchmarks add no dependency of their own to the workspace.
export const pg = createRequire(path.join(root, 'apps/server/package.json'))('pg');

/** One statement on the PostgreSQL server at `url`, on a connection of its own (CREATE/DROP DATABASE). */
export async function onPostgres(url, sql) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The URL of database `name` on the PostgreSQL server at `serverUrl`. */
export function databaseOn(serverUrl, name) {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** The benchmarks' SECRETS_KEY (32 bytes, base64): a database they keep opens again on the next start. */
export const BENCH_SECRETS_KEY = Buffer.alloc(32, 7).toString('base64');

export const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

/** Flags from BENCH_NODE_ARGS for the Node of a benchmarked server, e.g. "--cpu-prof --cpu-prof-dir=/tmp/profiles". */
export function benchNodeArgs() {
  return (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
}

/**
 * Starts the server with the demo tenant on a free port and waits until it is ready. `env` adds to
 * (or overrides) the defaults, e.g. DATABASE_URL; an empty DATABASE_URL means embedded PGlite.
 */
export async function startServer(env = {}) {
  const port = await freePort();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'access-bench-'));
  const child = spawn(process.execPath, [...benchNodeArgs(), serverEntry], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: dataDir,
      SEED_DEMO: 'true',
      LOG_LEVEL: 'error',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    child.kill('SIGTERM');
    await exited;
    await rm(dataDir, { recursive: true, force: true });
  };
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${url}/readyz`)).ok) return { url, stop, pid: child.pid, residentMegabytes: () => residentMegabytes(child.pid) };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error('server did not start');
}

/** The resident memory of a process (VmRSS, Linux), in whole megabytes; null elsewhere. */
function residentMegabytes(pid) {
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return kb ? Math.round(Number(kb[1]) / 1024) : null;
  } catch {
    return null;
  }
}

export async function graphql(url, query, variables, token) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}
