import type { DataSource } from 'typeorm';

export interface SchemaDiff {
  up: string[];
  down: string[];
}

/** What TypeORM would run to make the migrated database match the entities: empty when they agree. */
export async function schemaDiff(dataSource: DataSource): Promise<SchemaDiff> {
  const log = await dataSource.driver.createSchemaBuilder().log();
  return {
    up: log.upQueries.map((query) => withParameters(query.query, query.parameters)),
    down: log.downQueries.map((query) => withParameters(query.query, query.parameters)).reverse(),
  };
}

function withParameters(sql: string, parameters: unknown[] | undefined): string {
  if (!parameters || parameters.length === 0) return sql;
  return `${sql} -- parameters: ${JSON.stringify(parameters)}`;
}
