#!/usr/bin/env node
// How long a refused sign-in takes for an existing account with a wrong password and for accounts
// that do not exist, over HTTP against the built server (apps/server/dist) on embedded PGlite or,
// with DATABASE_URL set, PostgreSQL. Attempts alternate between the cases, one at a time, so drift
// in the machine's load falls on all of them alike. Run from the repository root:
//   pnpm --filter @access/server build && node bench/sign-in-timing.mjs [attempts per case, default 200]
// With BENCH_PG_URL (e.g. postgres://postgres@127.0.0.1:5432/postgres) it runs on a database of its
// own on that PostgreSQL server, created and dropped here.
// Results and method: bench/RESULTS.md.
import os from 'node:os';
import { databaseOn, onPostgres, startServer } from './bench-server.mjs';

const ATTEMPTS = Number(process.argv[2] ?? 200);
const WARM_UP = 20;
const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { ... on Session { accessToken } } }';
const CASES = {
  existingWrongPassword: { tenant: 'acme', username: 'admin', password: 'Wrong#2026demo' },
  missingUser: { tenant: 'acme', username: 'nobody.here', password: 'Wrong#2026demo' },
  missingOrganisation: { tenant: 'no-such-org', username: 'admin', password: 'Wrong#2026demo' },
  missingSuperAdmin: { username: 'nobody.here', password: 'Wrong#2026demo' },
};

async function attempt(url, input) {
  const start = performance.now();
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: LOGIN, variables: { input } }),
  });
  const body = await response.json();
  const elapsed = performance.now() - start;
  if (body.errors?.[0]?.message !== 'Invalid username or password') throw new Error(`unexpected answer: ${JSON.stringify(body)}`);
  return elapsed;
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

const DATABASE = 'access_bench_sign_in';
const postgresServer = process.env.BENCH_PG_URL;
const databaseUrl = postgresServer ? databaseOn(postgresServer, DATABASE) : '';
if (postgresServer) {
  await onPostgres(postgresServer, `DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`);
  await onPostgres(postgresServer, `CREATE DATABASE "${DATABASE}"`);
}

const server = await startServer({
  PGLITE_DIR: 'memory://',
  DATABASE_URL: databaseUrl,
  // Every attempt here fails: without these the account and the address would be locked after a few,
  // and a locked account takes the lockout path instead of the password check.
  SIGNIN_ACCOUNT_MAX_FAILURES: '1000',
  SIGNIN_ADDRESS_MAX_FAILURES: '100000',
});
try {
  const names = Object.keys(CASES);
  for (let i = 0; i < WARM_UP; i++) for (const name of names) await attempt(server.url, CASES[name]);
  const samples = Object.fromEntries(names.map((name) => [name, []]));
  for (let i = 0; i < ATTEMPTS; i++) {
    // Rotate the order, so no case always follows the same one.
    for (let j = 0; j < names.length; j++) {
      const name = names[(i + j) % names.length];
      samples[name].push(await attempt(server.url, CASES[name]));
    }
  }
  const stats = Object.fromEntries(
    names.map((name) => {
      const sorted = [...samples[name]].sort((a, b) => a - b);
      return [name, { median: +quantile(sorted, 0.5).toFixed(2), p95: +quantile(sorted, 0.95).toFixed(2) }];
    }),
  );
  const base = stats.existingWrongPassword;
  const differences = Object.fromEntries(
    names
      .filter((name) => name !== 'existingWrongPassword')
      .map((name) => [name, { median: +(stats[name].median - base.median).toFixed(2), p95: +(stats[name].p95 - base.p95).toFixed(2) }]),
  );
  console.log(
    JSON.stringify(
      { database: postgresServer ? 'postgres' : 'pglite', attemptsPerCase: ATTEMPTS, cpus: os.cpus().length, node: process.version, ms: stats, minusExistingWrongPassword: differences },
      null,
      2,
    ),
  );
} finally {
  await server.stop();
  if (postgresServer) await onPostgres(postgresServer, `DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`);
}
