import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { DataSource, type DataSourceOptions, type Logger as TypeOrmLogger } from 'typeorm';
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

export interface DataSourceExtras {
  /** Receives every statement; tests use it to count them. */
  logger?: TypeOrmLogger;
}

export async function createDataSource(config: DatabaseConfig, extras: DataSourceExtras = {}): Promise<DataSource> {
  let options: DataSourceOptions;
  if (config.kind === 'postgres') {
    options = { ...common, url: config.url, extra: { max: 10 }, logger: extras.logger };
  } else {
    // PGlite creates only the last directory of the path; a fresh checkout has no .data/ yet.
    if (config.dataDir) await mkdir(config.dataDir, { recursive: true });
    const db = await PGlite.create(config.dataDir ?? 'memory://');
    options = { ...common, driver: pgliteDriver(db), logger: extras.logger };
  }
  return new DataSource(options);
}

/** Opens the database and brings its schema up to date; safe to call on every start. */
export async function openDatabase(config: DatabaseConfig, extras: DataSourceExtras = {}): Promise<DataSource> {
  const dataSource = await createDataSource(config, extras);
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}
