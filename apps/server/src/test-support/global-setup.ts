import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import 'reflect-metadata';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../db/data-source.js';
import { embeddedDatabaseOf } from '../db/embedded-database.js';
import { withoutDirectories } from './pglite-dump.js';
import { databaseUrl, onPostgresServer } from './postgres-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A migrated embedded database (dumpDataDir), for test files to start from. */
    pgliteTemplate?: string;
    /** A migrated database on the PostgreSQL server, for test files to copy. */
    postgresTemplate?: string;
  }
}

/**
 * Migrates one database per run, which every test file then copies, instead of each file
 * migrating its own from empty: about 2 s per file on PGlite. migrations.test.ts still reverts and
 * reapplies every migration on its copy.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'access-template-'));
    const file = path.join(dir, 'pglite.tar');
    const dataSource = await openDatabase({ kind: 'pglite', dataDir: undefined });
    const db = embeddedDatabaseOf(dataSource)!;
    // Written into the tables' own files, so that no file's database replays the migrations' WAL.
    await db.query('CHECKPOINT');
    // template0 and template1 are a third of the dump, and only CREATE DATABASE reads them, which
    // no test runs on PGlite: every file's start then copies 27 MB instead of 42.
    const { rows } = await db.query<{ oid: number }>('SELECT oid FROM pg_database WHERE datname <> current_database()');
    const dump = await db.dump();
    await writeFile(file, withoutDirectories(dump, rows.map(({ oid }) => `base/${oid}`)));
    await dataSource.destroy();
    project.provide('pgliteTemplate', file);
    return () => rm(dir, { recursive: true, force: true });
  }
  const name = `access_template_${randomBytes(6).toString('hex')}`;
  await onPostgresServer(serverUrl, `CREATE DATABASE "${name}"`);
  const dataSource = await openDatabase({ kind: 'postgres', url: databaseUrl(serverUrl, name) });
  // A template must have no connections while it is copied.
  await dataSource.destroy();
  project.provide('postgresTemplate', name);
  return async () => {
    // The files' databases are named after the template; the last ones each worker kept for reuse remain.
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE starts_with(datname, $1)`, [`${name}_`]);
      for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    } finally {
      await client.end();
    }
  };
}
