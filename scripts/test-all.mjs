#!/usr/bin/env node
// The whole suite: build, typecheck, lint and every package's tests through Turborepo, then one
// summary line summed over all suites. Installs Debian's chromium-headless-shell (browser tests) and
// nginx (the two-instance test) if missing.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const workspaces = ['apps', 'packages'].flatMap((dir) =>
  readdirSync(path.join(root, dir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.join(root, dir, entry.name)),
);

/** Installs a Debian package the tests use (as root, with apt) when its program is missing. */
function ensureDebianPackage(program, pkg, usedFor) {
  if (existsSync(program)) return;
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    console.warn(`No ${program} for ${usedFor}: install Debian's ${pkg} (apt-get install ${pkg}).`);
    return;
  }
  console.log(`Installing Debian ${pkg} for ${usedFor}...`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', pkg], { stdio: 'inherit', env });
}

if (!process.env.CHROMIUM_PATH) ensureDebianPackage('/usr/bin/chromium-headless-shell', 'chromium-headless-shell', 'the browser tests');
ensureDebianPackage('/usr/sbin/nginx', 'nginx', 'the two-instances-behind-a-proxy test');
for (const workspace of workspaces) rmSync(path.join(workspace, 'test-results'), { recursive: true, force: true });
rmSync(path.join(root, '.turbo', 'runs'), { recursive: true, force: true });

const turboEnv = { TURBO_TELEMETRY_DISABLED: '1', ...process.env };
const turbo = (args) => spawnSync('turbo', ['run', ...args, '--continue', '--summarize', '--output-logs=new-only', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: turboEnv,
});
// Checks run in parallel; test suites one package at a time, because the browser tests and the
// database suites would otherwise compete for the same two cores and time out.
const checks = turbo(['build', 'typecheck', 'lint']);
const tests = turbo(['test', '--concurrency=1']);
const turboFailed = checks.status !== 0 || tests.status !== 0;

let passed = 0;
let failed = 0;
const suites = [];
const packagesWithResults = new Set();
// CI shows only the tail of the output, so the names of failed tests are repeated next to the summary.
const failures = [];
const firstLine = (text) => String(text ?? 'no message').split('\n').find((line) => line.trim())?.trim().slice(0, 300) ?? 'no message';
for (const workspace of workspaces) {
  const dir = path.join(workspace, 'test-results');
  if (!existsSync(dir)) continue;
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
    const report = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    // A file that fails to load counts as a failed suite even though no test in it ran.
    const brokenFiles = report.testResults.filter((result) => result.status === 'failed' && result.assertionResults.length === 0).length;
    failed += brokenFiles;
    packagesWithResults.add(path.basename(workspace));
    for (const result of report.testResults) {
      const where = `[${file.replace('.json', '')}] ${path.relative(root, result.name)}`;
      if (result.status === 'failed' && result.assertionResults.length === 0) failures.push(`${where}: ${firstLine(result.message)}`);
      for (const assertion of result.assertionResults.filter((entry) => entry.status === 'failed')) {
        failures.push(`${where} > ${assertion.fullName}: ${firstLine(assertion.failureMessages?.[0])}`);
      }
    }
    suites.push(`${path.relative(root, workspace)} (${file.replace('.json', '')}): ${report.numPassedTests} passed, ${report.numFailedTests + brokenFiles} failed`);
  }
}

// A failed build, typecheck or lint task (or a test task that crashed before reporting) is one failure.
const runsDir = path.join(root, '.turbo', 'runs');
const summaryFiles = existsSync(runsDir) ? readdirSync(runsDir).filter((name) => name.endsWith('.json')) : [];
const seenTasks = new Set();
for (const summaryFile of summaryFiles) {
  const summary = JSON.parse(readFileSync(path.join(runsDir, summaryFile), 'utf8'));
  for (const task of summary.tasks) {
    // The test run repeats the build tasks it depends on (as cache hits); count each task once.
    if (seenTasks.has(task.taskId)) continue;
    seenTasks.add(task.taskId);
    const exitCode = task.execution?.exitCode;
    const isTest = task.task === 'test';
    const packageDir = path.basename(task.directory ?? '');
    if (isTest && packagesWithResults.has(packageDir)) continue;
    if (exitCode === 0) continue;
    failed += 1;
    suites.push(`${task.taskId}: ${exitCode === undefined || exitCode === null ? 'did not run' : `exited with ${exitCode}`}`);
  }
}
if (summaryFiles.length === 0 && turboFailed) {
  failed += 1;
  suites.push('turbo: failed before running tasks');
}

if (failures.length > 0) {
  console.log('\nFailed tests:');
  for (const line of failures) console.log(`  ${line}`);
}
console.log('\nSummary (tests per suite; a failed build, typecheck or lint task counts as one failure):');
for (const line of suites) console.log(`  ${line}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || turboFailed ? 1 : 0);
