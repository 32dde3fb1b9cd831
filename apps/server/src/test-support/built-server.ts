import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './free-port.js';

const entry = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/main.js');

export interface BuiltServer {
  url: string;
  /** How long it took from spawn to a ready `/readyz`. */
  startMs: number;
  /** What the process wrote to stderr so far. */
  stderr(): string;
  /** SIGKILL: no shutdown hook runs, open transactions die with their connections. */
  crash(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The built server (`dist/main.js`) as a child process, as production runs it, on the PostgreSQL
 * database `databaseUrl`; `dataDir` keeps its secrets key across restarts. `env`
 * adds to or overrides the environment it starts with.
 */
export async function startBuiltServer(databaseUrl: string, dataDir: string, env: Record<string, string> = {}): Promise<BuiltServer> {
  if (!existsSync(entry)) throw new Error(`${entry} is missing: build the server first (pnpm --filter @access/server build)`);
  const port = await freePort();
  const started = Date.now();
  const child = spawn(process.execPath, [entry], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: dataDir,
      DATABASE_URL: databaseUrl,
      SEED_DEMO: 'false',
      LOG_LEVEL: 'error',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let running = true;
  void exited.then(() => (running = false));
  const end = async (signal: NodeJS.Signals) => {
    if (running) child.kill(signal);
    await exited;
  };
  const url = `http://127.0.0.1:${port}`;
  while (Date.now() - started < 60_000 && running) {
    try {
      if ((await fetch(`${url}/readyz`)).ok) {
        return { url, startMs: Date.now() - started, stderr: () => stderr, crash: () => end('SIGKILL'), stop: () => end('SIGTERM') };
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await end('SIGKILL');
  throw new Error(`the built server did not become ready: ${stderr}`);
}
