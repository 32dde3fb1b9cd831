import type { PGlite } from '@electric-sql/pglite';
import type { DataSource } from 'typeorm';

/** The embedded database behind a data source, for what TypeORM does not carry (notifications, dumps). */
const embedded = new WeakMap<DataSource, PGlite>();

export function rememberEmbeddedDatabase(dataSource: DataSource, db: PGlite): void {
  embedded.set(dataSource, db);
}

export function embeddedDatabaseOf(dataSource: DataSource): PGlite | undefined {
  return embedded.get(dataSource);
}
