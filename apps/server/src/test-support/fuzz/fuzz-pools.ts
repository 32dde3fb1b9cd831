import { PERMISSION_KEYS } from '@access/domain';
import type { DataSource } from 'typeorm';
import type { FuzzPools } from './input-arbitraries.js';

const IDS_PER_TABLE = 25;

/**
 * Ids of rows of every table (users, roles, shifts, offers, sessions, tenants...) and the words
 * the server looks things up by, read after seeding. The callers' own users are left out: a run
 * that deactivated its own administrator would spend its inputs on signing in again.
 */
export async function fuzzPools(dataSource: DataSource, callerUserIds: ReadonlySet<string>): Promise<FuzzPools> {
  const tables = await dataSource.query<Array<{ name: string }>>(
    "SELECT table_name AS name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'id' AND data_type = 'uuid' ORDER BY table_name",
  );
  const idsByTable: Record<string, string[]> = {};
  for (const { name } of tables) {
    const rows = await dataSource.query<Array<{ id: string }>>(`SELECT id::text AS id FROM "${name}" ORDER BY id LIMIT ${IDS_PER_TABLE}`);
    const ids = rows.map((row) => row.id).filter((id) => !callerUserIds.has(id));
    if (ids.length > 0) idsByTable[name] = ids;
  }
  const words = await dataSource.query<Array<{ word: string }>>(
    'SELECT username AS word FROM user_account UNION SELECT slug FROM tenant UNION SELECT name FROM skill UNION SELECT name FROM role',
  );
  return { idsByTable, words: [...PERMISSION_KEYS, ...words.map((row) => row.word)] };
}
