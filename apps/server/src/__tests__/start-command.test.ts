import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/data-source.js';
import { migrations } from '../db/migrations/index.js';
import { freePort } from '../test-support/free-port.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

async function answersGraphql(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    return response.ok && ((await response.json()) as { data?: { __typename?: string } }).data?.__typename === 'Query';
  } catch {
    return false;
  }
}

// The README's first command runs scripts/start.mjs (through `pnpm start`) on embedded PGlite.
describe.skipIf(Boolean(process.env.TEST_DATABASE_URL))('the start command on a new data directory', () => {
  let dataDir = '';
  afterAll(async () => {
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('makes the database from the template, answers GraphQL, prints the demo logins and stops on SIGINT', async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'access-start-'));
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', START_WITHOUT_WEB_BUILD: '1' };
    delete env.NODE_ENV;
    delete env.DATABASE_URL;
    delete env.PGLITE_DIR;
    const start = spawn(process.execPath, ['scripts/start.mjs'], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    start.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    start.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => start.once('exit', (code) => resolve(code)));
    try {
      const deadline = Date.now() + 90_000;
      // The banner comes once the demo tenants are seeded, a moment after the first answer.
      while (!(await answersGraphql(url)) || !output.includes('GraphQL playground:')) {
        expect(start.exitCode, output).toBeNull();
        expect(Date.now(), `no answer within 90 s:\n${output}`).toBeLessThan(deadline);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(output).not.toContain('initialising one (slower)');
      expect(output).toMatch(/Admin app:\s+http:\/\/.+\//);
      expect(output).toContain('Acme Operations');
    } finally {
      start.kill('SIGINT');
    }
    expect(await exited).toBe(0);

    // No partial directory left, and the database it made is complete.
    expect((await readdir(dataDir)).filter((name) => name.includes('.partial-'))).toEqual([]);
    const reopened = await openDatabase({ kind: 'pglite', dataDir: path.join(dataDir, 'pglite') });
    try {
      const applied: Array<{ name: string }> = await reopened.query('SELECT name FROM migrations ORDER BY id');
      expect(applied.map((row) => row.name)).toEqual(migrations.map((migration) => migration.name));
      const [tenant]: Array<{ name: string }> = await reopened.query(`SELECT name FROM tenant WHERE slug = 'acme'`);
      expect(tenant?.name).toBe('Acme Operations');
    } finally {
      await reopened.destroy();
    }
  }, 150_000);
});
