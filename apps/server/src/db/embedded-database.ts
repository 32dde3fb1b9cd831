import type { DataSource } from 'typeorm';
import type { PGliteThread } from './pglite-thread.js';

/** The embedded database behind a data source, for what TypeORM does not carry (notifications, dumps). */
const embedded = new WeakMap<DataSource, PGliteThread>();

export function rememberEmbeddedDatabase(dataSource: DataSource, db: PGliteThread): void {
  embedded.set(dataSource, db);
}

export function embeddedDatabaseOf(dataSource: DataSource): PGliteThread | undefined {
  return embedded.get(dataSource);
}
