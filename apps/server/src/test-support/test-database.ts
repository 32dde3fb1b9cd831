import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { inject } from 'vitest';
import type { DataSource } from 'typeorm';
import type { DatabaseConfig } from '../config.js';
import { openDatabase } from '../db/data-source.js';
import { PGliteThread } from '../db/pglite-thread.js';
import { QueryCounter } from '../db/query-counter.js';
import { databaseUrl, onPostgresServer } from './postgres-server.js';
import { RecycledDatabases } from './recycled-databases.js';

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

const recycledPglite = new RecycledDatabases<PGliteThread>({
  session: async (db) => ({
    session: { rows: async <Row>(sql: string) => (await db.query<Row>(sql)).rows, run: async (sql) => void (await db.exec(sql)) },
    end: async () => {},
  }),
  async beforeReset(session) {
    // What the session kept: a transaction left open, LISTENs, settings, prepared statements, advisory locks.
    await session.run('ROLLBACK');
    await session.run('DISCARD ALL');
  },
  // Without a checkpoint, PostgreSQL's single-user mode keeps every WAL segment the files write.
  afterReset: (session) => session.run('CHECKPOINT'),
  discard: (db) => db.close(),
});

/** Databases on the PostgreSQL server, by name; every connection of a file ends with its data source. */
function recycledOnServer(serverUrl: string): RecycledDatabases<string> {
  return new RecycledDatabases<string>({
    async session(name) {
      const client = new pg.Client({ connectionString: databaseUrl(serverUrl, name) });
      await client.connect();
      return {
        session: { rows: async <Row>(sql: string) => (await client.query(sql)).rows as Row[], run: async (sql) => void (await client.query(sql)) },
        end: () => client.end(),
      };
    },
    async beforeReset(session) {
      // A server process a file started and stopped may still hold a connection for a moment.
      await session.run('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()');
      await session.run("SET lock_timeout = '5s'");
    },
    discard: (name) => onPostgresServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  });
}
let recycledPostgres: RecycledDatabases<string> | undefined;

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
    const thread = await recycledPglite.take(() => PGliteThread.open({ dump: pgliteDump, settings: TEST_PGLITE_START_PARAMETERS }));
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
        await recycledPglite.giveBack(thread);
      },
    };
  }

  recycledPostgres ??= recycledOnServer(serverUrl);
  const recycled = recycledPostgres;
  const name = await recycled.take(async () => {
    const template = inject('postgresTemplate');
    // Named after the run's template, whose teardown drops the ones the workers kept.
    const created = `${template ?? 'access_test'}_${randomBytes(6).toString('hex')}`;
    await onPostgresServer(serverUrl, `CREATE DATABASE "${created}"${template ? ` TEMPLATE "${template}"` : ''}`);
    return created;
  });
  const config: DatabaseConfig = { kind: 'postgres', url: databaseUrl(serverUrl, name) };
  const counter = new QueryCounter();
  const dataSource = await openDatabase(config, { logger: counter });
  let dropped = false;
  return {
    kind: 'postgres',
    dataSource,
    config,
    statements: () => counter.count,
    async drop() {
      if (dropped) return;
      dropped = true;
      if (dataSource.isInitialized) await dataSource.destroy();
      await recycled.giveBack(name);
    },
  };
}
