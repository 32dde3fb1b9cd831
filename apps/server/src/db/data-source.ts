import { mkdir } from 'node:fs/promises';
import { DataSource, type Logger as TypeOrmLogger } from 'typeorm';
import type { DatabaseConfig } from '../config.js';
import { rememberEmbeddedDatabase } from './embedded-database.js';
import { entities } from './entities.js';
import { migrations } from './migrations/index.js';
import { pgliteDriver, type PGliteSession } from './pglite-driver.js';
import { PGliteThread } from './pglite-thread.js';
import { withStartupLock } from './startup-lock.js';

const common = {
  type: 'postgres',
  entities,
  migrations,
  synchronize: false,
  migrationsRun: false,
  migrationsTransactionMode: 'each',
  // gen_random_uuid() is built into PostgreSQL 13+ and PGlite alike, so one set of migrations serves both.
  uuidExtension: 'pgcrypto',
  installExtensions: false,
} as const;

export interface DataSourceExtras {
  /** Receives every statement; tests use it to count them. */
  logger?: TypeOrmLogger;
  /** An embedded database to start from (PGlite's dumpDataDir), instead of an empty one. */
  pgliteDump?: ArrayBuffer;
  /** PostgreSQL settings for the embedded database's start (`-c name=value`), beside PGlite's own. */
  pgliteSettings?: Record<string, string>;
  /**
   * An embedded database already open, used instead of opening one: destroying the data source
   * then leaves it open for its owner (the test suite reuses them, test-database.ts).
   */
  pgliteThread?: PGliteThread;
}

export async function createDataSource(config: DatabaseConfig, extras: DataSourceExtras = {}): Promise<DataSource> {
  if (config.kind === 'postgres') {
    return new DataSource({ ...common, url: config.url, extra: { max: 10 }, logger: extras.logger });
  }
  // PGlite creates only the last directory of the path; a fresh checkout has no .data/ yet.
  if (config.dataDir) await mkdir(config.dataDir, { recursive: true });
  const configured = config.sharedBuffers ? { shared_buffers: config.sharedBuffers } : {};
  const settings = Object.entries({ ...configured, ...extras.pgliteSettings }).flatMap(([name, value]) => ['-c', `${name}=${value}`]);
  const lent = extras.pgliteThread;
  const db = lent ?? (await PGliteThread.open({ dataDir: config.dataDir, dump: extras.pgliteDump, settings }));
  const session: PGliteSession = lent ? { query: (sql, parameters) => lent.query(sql, parameters), exec: (sql) => lent.exec(sql), close: () => Promise.resolve() } : db;
  const dataSource = new DataSource({ ...common, driver: pgliteDriver(session), logger: extras.logger });
  rememberEmbeddedDatabase(dataSource, db);
  return dataSource;
}

/** Opens the database and brings its schema up to date; safe to call on every start, by any number of instances at once. */
export async function openDatabase(config: DatabaseConfig, extras: DataSourceExtras = {}): Promise<DataSource> {
  const dataSource = await createDataSource(config, extras);
  await dataSource.initialize();
  await withStartupLock(dataSource, () => dataSource.runMigrations({ transaction: 'each' }));
  return dataSource;
}
