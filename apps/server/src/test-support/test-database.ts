import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { inject } from 'vitest';
import type { DataSource } from 'typeorm';
import type { DatabaseConfig } from '../config.js';
import { openDatabase } from '../db/data-source.js';
import { QueryCounter } from '../db/query-counter.js';
import { databaseUrl, onPostgresServer } from './postgres-server.js';

export interface TestDatabase {
  kind: DatabaseConfig['kind'];
  dataSource: DataSource;
  config: DatabaseConfig;
  /** SQL statements sent so far through `dataSource`. */
  statements(): number;
  drop(): Promise<void>;
}

/**
 * PostgreSQL clears all of its shared buffers when it starts: with PGlite's 128 MB, that was half
 * of the second it took to open each test file's database; a test database fits in 8 MB.
 */
const TEST_PGLITE_SETTINGS = { shared_buffers: '8MB' };

const templateBytes = new Map<string, Promise<ArrayBuffer>>();

/**
 * The run's migrated template, read once per worker. PGlite only asks the dump for its bytes
 * (`arrayBuffer()`); a Blob of 40 MB copied them in chunks every time, a third of a second per file.
 * Every database gets the same bytes: PGlite copies each file of the dump into its own file system
 * (Emscripten's writeFile) and writes nothing back, and a copy per database was a tenth of the
 * suite's CPU. test-database.test.ts fails if a database ever sees another's writes.
 */
async function templateDump(file: string): Promise<Blob> {
  let bytes = templateBytes.get(file);
  if (!bytes) {
    bytes = readFile(file).then((buffer) => buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength));
    templateBytes.set(file, bytes);
  }
  const template = await bytes;
  const dump: Pick<Blob, 'type' | 'size' | 'arrayBuffer'> = { type: 'application/x-tar', size: template.byteLength, arrayBuffer: async () => template };
  return dump as Blob;
}

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a throw-away
 * database on the PostgreSQL server named by TEST_DATABASE_URL.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const config: DatabaseConfig = { kind: 'pglite', dataDir: undefined };
    const counter = new QueryCounter();
    const template = inject('pgliteTemplate');
    const pgliteDump = template ? await templateDump(template) : undefined;
    const dataSource = await openDatabase(config, { logger: counter, pgliteDump, pgliteSettings: TEST_PGLITE_SETTINGS });
    return {
      kind: 'pglite',
      dataSource,
      config,
      statements: () => counter.count,
      async drop() {
        if (dataSource.isInitialized) await dataSource.destroy();
      },
    };
  }

  const name = `access_test_${randomBytes(6).toString('hex')}`;
  const template = inject('postgresTemplate');
  await onPostgresServer(serverUrl, `CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''}`);
  const config: DatabaseConfig = { kind: 'postgres', url: databaseUrl(serverUrl, name) };
  const counter = new QueryCounter();
  const dataSource = await openDatabase(config, { logger: counter });
  return {
    kind: 'postgres',
    dataSource,
    config,
    statements: () => counter.count,
    async drop() {
      if (dataSource.isInitialized) await dataSource.destroy();
      await onPostgresServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}
