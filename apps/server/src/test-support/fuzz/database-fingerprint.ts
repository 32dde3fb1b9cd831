import type { DataSource } from 'typeorm';

/** Per table: its row count and an order-independent digest of its rows' contents. */
export type Fingerprint = Record<string, string>;

export interface FingerprintReader {
  read(): Promise<Fingerprint>;
}

/**
 * One statement over every table of the schema: the count catches an insert or delete, the digest
 * (a sum of row hashes) an update, so a refused mutation that wrote anything shows up. The audit
 * table's tail (last sequence) is read too, as the place a half-done change would leave a trace.
 */
export async function fingerprintReader(dataSource: DataSource): Promise<FingerprintReader> {
  const tables = await dataSource.query<Array<{ name: string }>>(
    "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name",
  );
  const parts = tables.map(
    ({ name }) => `SELECT '${name}' AS name, count(*)::text || ':' || coalesce(sum(hashtext(t::text)::bigint), 0)::text AS digest FROM "${name}" t`,
  );
  parts.push("SELECT 'audit_entry tail' AS name, coalesce(max(sequence), 0)::text AS digest FROM audit_entry");
  const sql = parts.join(' UNION ALL ');
  return {
    async read() {
      const rows = await dataSource.query<Array<{ name: string; digest: string }>>(sql);
      return Object.fromEntries(rows.map((row) => [row.name, row.digest]));
    },
  };
}

/** The tables whose fingerprint differs, with before and after. */
export function changedTables(before: Fingerprint, after: Fingerprint): Record<string, [string | undefined, string | undefined]> {
  const changed: Record<string, [string | undefined, string | undefined]> = {};
  for (const name of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (before[name] !== after[name]) changed[name] = [before[name], after[name]];
  }
  return changed;
}
