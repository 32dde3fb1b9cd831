#!/usr/bin/env node
// `pnpm start`: builds what the server needs, starts it, and builds the web app beside it.
// The API's first answer does not wait for the web build (seconds of bundling on a fresh clone);
// until that build is there the server's pages say so and reload themselves. Turbo's cache skips
// every build whose inputs did not change.
import { spawn } from 'node:child_process';
import { setPriority } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

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

async function mustSucceed(what, { exited }) {
  const code = await exited;
  if (code !== 0) {
    process.stderr.write(`${what} failed (exit code ${code}).\n`);
    process.exit(code);
  }
}

// The first signal asks every child to stop; a second one (Ctrl+C again) no longer waits.
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const child of children) child.kill(stopping ? 'SIGKILL' : signal);
    stopping = true;
  });
}

// The embedded database's first initialisation runs while the server compiles; it is a no-op
// once the data directory exists or when DATABASE_URL points at PostgreSQL.
await Promise.all([
  mustSucceed('Building the server', run(turbo, ['run', 'build', '--filter=@access/server...', '--output-logs=errors-only'])),
  mustSucceed('Preparing the embedded database', run(process.execPath, ['scripts/prepare-embedded-database.mjs'], { cwd: serverDir })),
]);

const server = run(process.execPath, ['dist/main.js'], { cwd: serverDir });

// --only: its dependencies were just built above. At the lowest priority, so the bundler takes
// what the server's start-up leaves of the CPU.
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

const code = await server.exited;
for (const child of children) child.kill('SIGTERM');
process.exit(code);
