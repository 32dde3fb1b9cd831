import type { Logger as TypeOrmLogger } from 'typeorm';

/** Counts the SQL statements a data source sends, so tests can assert a request's cost. */
export class QueryCounter implements TypeOrmLogger {
  count = 0;

  logQuery(): void {
    this.count += 1;
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
