#!/usr/bin/env node
// Runs the server's test suite twice: on embedded PGlite, then on a real PostgreSQL server.
// PostgreSQL comes from TEST_DATABASE_URL (default: the local server on 127.0.0.1:5432). Outside CI a
// missing server skips that run with a notice; under CI=true it is a failure.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import pg from 'pg';

const DEFAULT_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
const isCi = ['1', 'true'].includes(String(process.env.CI).toLowerCase());
const extraArgs = process.argv.slice(2);

async function reachable(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch (error) {
    console.error(`PostgreSQL at ${url.replace(/\/\/[^@]*@/, '//')} is not reachable: ${error.message}`);
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

function vitest(name, env) {
  console.log(`\n=== server tests on ${name} ===`);
  const result = spawnSync(
    'vitest',
    ['run', '--reporter=default', '--reporter=json', `--outputFile.json=test-results/${name}.json`, ...extraArgs],
    { stdio: 'inherit', env, shell: process.platform === 'win32' },
  );
  return result.status ?? 1;
}

rmSync('test-results', { recursive: true, force: true });
const { TEST_DATABASE_URL: _ignored, ...withoutPostgres } = process.env;
let failed = vitest('pglite', withoutPostgres) !== 0;

const url = process.env.TEST_DATABASE_URL || DEFAULT_URL;
if (await reachable(url)) {
  failed = vitest('postgres', { ...process.env, TEST_DATABASE_URL: url }) !== 0 || failed;
} else if (isCi) {
  console.error('CI=true: the PostgreSQL run is required.');
  failed = true;
} else {
  console.warn('Skipped the PostgreSQL run (start PostgreSQL or set TEST_DATABASE_URL to include it).');
}
process.exit(failed ? 1 : 0);
