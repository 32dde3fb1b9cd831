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
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a throw-away
 * database on the PostgreSQL server named by TEST_DATABASE_URL.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const config: DatabaseConfig = { kind: 'pglite', dataDir: undefined };
    const counter = new QueryCounter();
    const template = inject('pgliteTemplate');
    const pgliteDump = template ? new Blob([await readFile(template)]) : undefined;
    const dataSource = await openDatabase(config, { logger: counter, pgliteDump });
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
