#!/usr/bin/env node
// `pnpm start`: builds what the server needs, starts it, then builds the web app beside it.
// The API's first answer does not wait for the web build (seconds of bundling on a fresh clone);
// until that build is there the server's pages say so and reload themselves. A build whose inputs
// did not change is skipped (the server's by compile.mjs, the web app's by turbo's cache).
import { spawn } from 'node:child_process';
import { constants, setPriority } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareEmbeddedDatabase } from '../apps/server/scripts/prepare-embedded-database.mjs';
import { compilePackage } from './compile.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const serverDir = path.join(root, 'apps', 'server');
const env = { TURBO_TELEMETRY_DISABLED: '1', ...process.env };
// The workspace's own turbo (it finds pnpm on the PATH that `pnpm start` sets up).
const turbo = path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'turbo.cmd' : 'turbo');
const children = new Set();

function run(command, args, options = {}) {
  // Turbo is a .cmd shim on Windows, which only a shell runs; node itself runs without one.
  const shell = process.platform === 'win32' && command === turbo;
  // Each child in a process group of its own (not on Windows, where that opens a console): a
  // Ctrl+C in the terminal then reaches this script alone, and the server gets one SIGINT, not
  // the terminal's and a forwarded one (a second one cuts its graceful shutdown short).
  const child = spawn(command, args, {
    cwd: root,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
    shell,
    detached: process.platform !== 'win32',
    ...options,
  });
  children.add(child);
  const exited = new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      children.delete(child);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
  return { child, exited };
}

// The first signal asks every child to stop; a second one (Ctrl+C again) no longer waits. Before
// the server is started (while compiling in this process) there is nothing to wait for.
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (children.size === 0) process.exit(128 + constants.signals[signal]);
    for (const child of children) child.kill(stopping ? 'SIGKILL' : signal);
    stopping = true;
  });
}

// The server and the domain it imports are compiled here rather than through turbo and pnpm,
// whose start-up alone took longer than the compiling (SWC, under a second), and skipped when
// unchanged; meanwhile the embedded database's first data directory is written from its template
// (nothing to do once it exists or when DATABASE_URL points at PostgreSQL).
try {
  await Promise.all([
    ...[serverDir, path.join(root, 'packages', 'domain')].map((dir) => compilePackage(dir, { skipUnchanged: true })),
    prepareEmbeddedDatabase(),
  ]);
} catch (error) {
  process.stderr.write(`Preparing the server failed: ${error?.stack ?? error}\n`);
  process.exit(1);
}

// With a channel, the server says when it listens (serve.ts).
const server = run(process.execPath, ['dist/main.js'], { cwd: serverDir, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });

/**
 * The web app is built once the API answers: the bundler, even at the lowest priority, slowed the
 * server's start by a third (it shares the CPU's cores and caches). --only: its dependencies were
 * just built above. On a later start turbo's cache restores the unchanged build in about a second.
 */
function buildWebApp() {
  const started = performance.now();
  const web = run(turbo, ['run', 'build', '--filter=@access/web', '--only', '--output-logs=errors-only']);
  try {
    setPriority(web.child.pid, 19);
  } catch {
    // Not permitted everywhere (some containers); the build then merely competes at normal priority.
  }
  web.exited.then((code) => {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    process.stdout.write(
      code === 0
        ? `Admin app and worker portal ready (web build ${seconds} s).\n`
        : `The web build failed (exit code ${code}); the API keeps running. Run "pnpm build" to see why.\n`,
    );
  });
}
// START_WITHOUT_WEB_BUILD=1 starts the API alone: the start command's own test does, since it
// runs inside turbo's test task, where a second turbo run would compete with the first.
server.child.on('message', (message) => {
  if (message?.event === 'listening' && process.env.START_WITHOUT_WEB_BUILD !== '1') buildWebApp();
});

const code = await server.exited;
for (const child of children) child.kill('SIGTERM');
process.exit(code);
