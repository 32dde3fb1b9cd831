import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { inject } from 'vitest';
import type { DataSource } from 'typeorm';
import type { DatabaseConfig } from '../config.js';
import { openDatabase } from '../db/data-source.js';
import { PGliteThread } from '../db/pglite-thread.js';
import { QueryCounter } from '../db/query-counter.js';
import { databaseUrl, onPostgresServer } from './postgres-server.js';
import { giveBack, takeDatabase } from './recycled-pglite.js';

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
const TEST_PGLITE_START_PARAMETERS = ['-c', 'shared_buffers=8MB'];

const templateBytes = new Map<string, Promise<ArrayBuffer>>();

/**
 * The run's migrated template, read once per worker and handed to every database as it is: each
 * database's thread receives its own copy (one memcpy), where a Blob of 40 MB copied the bytes in
 * chunks, a third of a second per file. test-database.test.ts fails if a database ever sees
 * another's writes.
 */
function templateDump(file: string): Promise<ArrayBuffer> {
  let bytes = templateBytes.get(file);
  if (!bytes) {
    bytes = readFile(file).then((buffer) => buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength));
    templateBytes.set(file, bytes);
  }
  return bytes;
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
    const thread = await takeDatabase(() => PGliteThread.open({ dump: pgliteDump, settings: TEST_PGLITE_START_PARAMETERS }));
    const dataSource = await openDatabase(config, { logger: counter, pgliteThread: thread });
    let dropped = false;
    return {
      kind: 'pglite',
      dataSource,
      config,
      statements: () => counter.count,
      async drop() {
        if (dropped) return;
        dropped = true;
        if (dataSource.isInitialized) await dataSource.destroy();
        await giveBack(thread);
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
