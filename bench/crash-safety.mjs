#!/usr/bin/env node
// Crash safety under a longer load: the server's crash-safety test (apps/server/src/__tests__/
// crash-safety.test.ts, which starts the built dist/main.js) with more kills, longer load between
// them and more concurrent clients. Run from the repository root:
//   pnpm --filter @access/server build && node bench/crash-safety.mjs
// BENCH_PG_URL names the PostgreSQL server (default postgres://postgres@127.0.0.1:5432/postgres);
// BENCH_KILLS (default 10), BENCH_MIN_MS and BENCH_MAX_MS (the random moment of each kill after the
// load starts, default 1000 and 5000), BENCH_WORKERS (default 8) change the size.
// Results and method: bench/RESULTS.md.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const server = path.join(root, 'apps/server');
const reportDir = mkdtempSync(path.join(os.tmpdir(), 'access-crash-bench-'));
const report = path.join(reportDir, 'figures.json');
const kills = process.env.BENCH_KILLS || '10';

const started = Date.now();
const run = spawnSync(path.join(server, 'node_modules/.bin/vitest'), ['run', 'src/__tests__/crash-safety.test.ts'], {
  cwd: server,
  stdio: 'inherit',
  env: {
    ...process.env,
    TEST_DATABASE_URL: process.env.BENCH_PG_URL || 'postgres://postgres@127.0.0.1:5432/postgres',
    CRASH_SAFETY_KILLS: kills,
    CRASH_SAFETY_MIN_MS: process.env.BENCH_MIN_MS || '1000',
    CRASH_SAFETY_MAX_MS: process.env.BENCH_MAX_MS || '5000',
    CRASH_SAFETY_WORKERS: process.env.BENCH_WORKERS || '8',
    CRASH_SAFETY_GRANT_ROLES: String(Number(kills) * 2),
    CRASH_SAFETY_REPORT: report,
  },
});
const seconds = (Date.now() - started) / 1000;
let figures;
try {
  figures = JSON.parse(readFileSync(report, 'utf8'));
} catch {
  console.error('The crash-safety run wrote no figures.');
  process.exit(1);
} finally {
  rmSync(reportDir, { recursive: true, force: true });
}

const total = Object.values(figures.tallies).reduce(
  (sum, tally) => ({
    attempted: sum.attempted + tally.attempted,
    acknowledged: sum.acknowledged + tally.acknowledged,
    committed: sum.committed + tally.committed,
    mismatches: sum.mismatches + tally.mismatches,
  }),
  { attempted: 0, acknowledged: 0, committed: 0, mismatches: 0 },
);
const restarts = [...figures.restartMs].sort((a, b) => a - b);
console.log(
  JSON.stringify(
    {
      cpus: os.cpus().length,
      node: process.version,
      seconds,
      kills: figures.kills,
      killedAfterMs: figures.killedAfterMs,
      restartMs: { min: restarts[0], median: restarts[Math.floor(restarts.length / 2)], max: restarts.at(-1) },
      tallies: figures.tallies,
      total,
      violations: figures.violations,
      startErrors: figures.startErrors,
    },
    null,
    2,
  ),
);
process.exit(run.status ?? 1);
