import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareEmbeddedDatabase } from '../../../server/scripts/prepare-embedded-database.mjs';
import { sharedForRun } from './run-dir';
import { isCi } from './ci';

const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const serverEntry = path.resolve(webDir, '../server/dist/main.js');

/**
 * Under CI a test server compiles PGlite's WebAssembly once, with V8's baseline compiler, instead of
 * optimising it again on background threads in every process (a start took 5.4 CPU-seconds, 4.3
 * with these flags), and collects young garbage less often. A server lives a minute here. Locally
 * it runs as in production, for the timings permissions-manager-scale.e2e prints.
 */
const ciNodeArgs = isCi ? ['--liftoff-only', '--max-semi-space-size=32'] : [];

export interface TestServer {
  baseURL: string;
  /** Everything the server printed, for failure messages. */
  logs(): string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

/** The built server on a free port with `dataDir`, once /readyz answers 200; `stop` leaves the directory. */
async function launch({ dataDir, webDist, timeoutMs, env: extraEnv }: { dataDir: string; webDist: string; timeoutMs: number; env: NodeJS.ProcessEnv }): Promise<TestServer> {
  if (!existsSync(serverEntry)) {
    throw new Error(`The server is not built: ${serverEntry} is missing. Run "pnpm --filter @access/server build".`);
  }
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATA_DIR: dataDir,
    SEED_DEMO: 'true',
    LOG_LEVEL: 'warn',
    WEB_DIST: webDist,
    // Seal the audit chain often, so the Audit log page can say it was verified.
    AUDIT_SEAL_INTERVAL_SECONDS: '2',
    // A demo tenant fits in 8 MB of buffers; PostgreSQL clears all of them at every start, which
    // took 0.6 CPU-seconds of each start with PGlite's 128 MB.
    PGLITE_SHARED_BUFFERS: '8MB',
    ...extraEnv,
  };
  // Never point the browser test at a developer's real database: the embedded one in DATA_DIR.
  delete env.DATABASE_URL;
  delete env.PGLITE_DIR;

  const output: string[] = [];
  const child = spawn(process.execPath, [...ciNodeArgs, serverEntry], { cwd: path.dirname(serverEntry), env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const logs = () => output.join('');
  const baseURL = `http://127.0.0.1:${port}`;

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited(child);
      clearTimeout(timer);
    }
  };

  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`The server exited with code ${child.exitCode} before it was ready:\n${logs()}`);
    }
    try {
      const response = await fetch(`${baseURL}/readyz`);
      if (response.status === 200) return { baseURL, logs, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`The server was not ready within ${timeoutMs} ms:\n${logs()}`);
}

/**
 * A data directory (embedded database and secrets key) that the server has migrated and seeded
 * with the demo tenants, made once per run: migrating and seeding an empty database took about
 * 7 s of CPU per browser test file (14 s from empty, 6.5 s from a copy). Read only; every server
 * starts on a copy. It starts from the committed template, as `pnpm start` does: the server alone
 * would run PGlite's initdb and every migration first (13.0 CPU-seconds to ready, 5.6 with it).
 */
export function seededDataDir(): Promise<string> {
  return sharedForRun('seeded-data', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'access-web-seed-'));
    await prepareEmbeddedDatabase({ DATA_DIR: dataDir });
    const server = await launch({ dataDir, webDist: path.join(dataDir, 'no-web-build'), timeoutMs: 120_000, env: {} });
    await server.stop();
    return dataDir;
  });
}

/**
 * Starts the built server (apps/server/dist/main.js) on a free port with its own copy of the
 * seeded database (the demo tenants) and the given SPA build, and waits until /readyz answers 200.
 */
export async function startServer({
  webDist,
  timeoutMs = 60_000,
  env = {},
}: {
  webDist: string;
  timeoutMs?: number;
  /** Added to the server's environment, e.g. an SMTP_URL. */
  env?: NodeJS.ProcessEnv;
}): Promise<TestServer> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'access-web-e2e-'));
  try {
    await cp(await seededDataDir(), dataDir, { recursive: true });
    const server = await launch({ dataDir, webDist, timeoutMs, env });
    return {
      ...server,
      async stop() {
        await server.stop();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
}
