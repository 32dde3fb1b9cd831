#!/usr/bin/env node
// The schema fuzzer's heavy run: apps/server's schema-fuzz.test.ts with FUZZ_RUNS inputs (default
// 10 000) instead of the CI run's ~200, then a table of inputs, refusals, internal errors, 5xx and
// unchanged-database checks per operation class, and every finding. Run from the repository root:
//   node bench/schema-fuzz.mjs                      (embedded PGlite)
//   TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres node bench/schema-fuzz.mjs
// FUZZ_RUNS and FUZZ_SEED change the size and the seed; the full report is kept in FUZZ_REPORT
// (default a file in the system's temporary directory). Results and method: bench/RESULTS.md.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const server = path.join(root, 'apps/server');
const runs = process.env.FUZZ_RUNS || '10000';
const seed = process.env.FUZZ_SEED || '20261206';
const reportFile = process.env.FUZZ_REPORT || path.join(os.tmpdir(), `schema-fuzz-${process.pid}.json`);

const started = Date.now();
const run = spawnSync('npx', ['vitest', 'run', 'src/graphql/__tests__/schema-fuzz.test.ts'], {
  cwd: server,
  stdio: 'inherit',
  env: { ...process.env, FUZZ_RUNS: runs, FUZZ_SEED: seed, FUZZ_REPORT: reportFile },
});
const wall = (Date.now() - started) / 1000;

let report;
try {
  report = JSON.parse(readFileSync(reportFile, 'utf8'));
} catch {
  console.error(`no report was written to ${reportFile}; the run ended before the fuzzing finished`);
  process.exit(run.status || 1);
}

const columns = ['operations', 'inputs', 'succeeded', 'refused', 'http4xx', 'http5xx', 'internalErrors', 'unknownCodes', 'unchangedChecks', 'changedAfterRefusal'];
const total = Object.fromEntries(columns.map((column) => [column, 0]));
console.log(`\n| Operation class | ${columns.join(' | ')} |`);
console.log(`|---|${columns.map(() => '---:').join('|')}|`);
for (const [name, figures] of Object.entries(report.figures)) {
  console.log(`| ${name} | ${columns.map((column) => figures[column]).join(' | ')} |`);
  for (const column of columns) total[column] += figures[column];
}
console.log(`| **all** | ${columns.map((column) => `**${total[column]}**`).join(' | ')} |`);
console.log(`\nRefusal codes: ${Object.entries(report.byCode).map(([code, count]) => `${code} ${count}`).join(', ')}`);
console.log(`Database ${report.database}, seed ${report.seed}: ${report.seconds.toFixed(1)} s fuzzing (${(total.inputs / report.seconds).toFixed(1)} inputs/s), ${wall.toFixed(1)} s in all`);
console.log(`Findings: ${report.findings.length}`);
for (const finding of report.findings) console.log(`- ${finding.operation} as ${finding.caller}: ${finding.problem} (HTTP ${finding.status}) ${finding.variables}`);
console.log(`Full report: ${reportFile}`);
process.exit(run.status ?? 1);
