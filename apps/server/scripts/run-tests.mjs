#!/usr/bin/env node
// Runs the server's test suite twice, side by side: on embedded PGlite and on a real PostgreSQL
// server. PostgreSQL comes from TEST_DATABASE_URL (default: the local server on 127.0.0.1:5432).
// Outside CI a missing server skips that run with a notice; under CI=true it is a failure.
// One run alone leaves part of a 2-core machine idle while its files wait on the database: side by
// side the two took 376 s here, one after the other 452 s. The PGlite run prints as it goes; the
// PostgreSQL run's output follows once it ends.
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';
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

function vitest(name, env, { live }) {
  const child = spawn(
    'vitest',
    ['run', '--reporter=default', '--reporter=json', `--outputFile.json=test-results/${name}.json`, ...extraArgs],
    { stdio: ['ignore', live ? 'inherit' : 'pipe', live ? 'inherit' : 'pipe'], env, shell: process.platform === 'win32' },
  );
  const output = [];
  child.stdout?.on('data', (chunk) => output.push(chunk));
  child.stderr?.on('data', (chunk) => output.push(chunk));
  return new Promise((resolve) => {
    child.once('error', (error) => {
      console.error(`Could not start vitest for ${name}: ${error.message}`);
      resolve(1);
    });
    child.once('close', (code) => {
      if (!live) {
        console.log(`\n=== server tests on ${name} ===`);
        process.stdout.write(Buffer.concat(output));
      }
      resolve(code ?? 1);
    });
  });
}

rmSync('test-results', { recursive: true, force: true });
const { TEST_DATABASE_URL: _ignored, ...withoutPostgres } = process.env;
const url = process.env.TEST_DATABASE_URL || DEFAULT_URL;
const postgresReachable = await reachable(url);
console.log('\n=== server tests on pglite ===');
const runs = [vitest('pglite', withoutPostgres, { live: true })];
if (postgresReachable) {
  runs.push(vitest('postgres', { ...process.env, TEST_DATABASE_URL: url }, { live: false }));
} else if (isCi) {
  console.error('CI=true: the PostgreSQL run is required.');
  runs.push(Promise.resolve(1));
} else {
  console.warn('Skipped the PostgreSQL run (start PostgreSQL or set TEST_DATABASE_URL to include it).');
}
const codes = await Promise.all(runs);
process.exit(codes.some((code) => code !== 0) ? 1 : 0);
