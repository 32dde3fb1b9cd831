import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { DataSource, type Logger as TypeOrmLogger } from 'typeorm';
import type { DatabaseConfig } from '../config.js';
import { entities } from './entities.js';
import { migrations } from './migrations/index.js';
import { pgliteDriver } from './pglite-driver.js';

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

/** The embedded database behind a data source, for what TypeORM does not carry (notifications). */
const embedded = new WeakMap<DataSource, PGlite>();

export function embeddedDatabaseOf(dataSource: DataSource): PGlite | undefined {
  return embedded.get(dataSource);
}

export interface DataSourceExtras {
  /** Receives every statement; tests use it to count them. */
  logger?: TypeOrmLogger;
  /** An embedded database to start from (PGlite's dumpDataDir), instead of an empty one. */
  pgliteDump?: Blob;
}

export async function createDataSource(config: DatabaseConfig, extras: DataSourceExtras = {}): Promise<DataSource> {
  if (config.kind === 'postgres') {
    return new DataSource({ ...common, url: config.url, extra: { max: 10 }, logger: extras.logger });
  }
  // PGlite creates only the last directory of the path; a fresh checkout has no .data/ yet.
  if (config.dataDir) await mkdir(config.dataDir, { recursive: true });
  const db = await PGlite.create(config.dataDir ?? 'memory://', extras.pgliteDump ? { loadDataDir: extras.pgliteDump } : {});
  const dataSource = new DataSource({ ...common, driver: pgliteDriver(db), logger: extras.logger });
  embedded.set(dataSource, db);
  return dataSource;
}

/** Opens the database and brings its schema up to date; safe to call on every start. */
export async function openDatabase(config: DatabaseConfig, extras: DataSourceExtras = {}): Promise<DataSource> {
  const dataSource = await createDataSource(config, extras);
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}
