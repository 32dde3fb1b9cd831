import { PGliteThread } from '../db/pglite-thread.js';

/**
 * Embedded databases that test files have finished with, put back as the template made them, for
 * the next file in the same Vitest worker. Opening one from the template cost 0.78 CPU-seconds a
 * file (a thread, PostgreSQL's start, the template's 27 MB), about 90 of the PGlite run; putting
 * one back costs a TRUNCATE of every table and a CHECKPOINT.
 *
 * A database comes back only if its schema, functions, triggers, roles and settings are still the
 * template's (test files that create tables or revert migrations leave theirs otherwise); anything
 * else is closed, as before. test-database.test.ts fails if a file ever sees another's rows.
 */
const idle: PGliteThread[] = [];

interface TemplateState {
  /** The schema and everything else a TRUNCATE does not put back, as one digest. */
  fingerprint: string;
  /** TRUNCATE, then the template's rows and sequence positions, in one transaction. */
  restore: string;
}

let template: Promise<TemplateState> | undefined;

const FINGERPRINT = `
SELECT md5(string_agg(item, E'\\n' ORDER BY item)) AS fingerprint FROM (
  SELECT 'class ' || c.oid::regclass::text || ' ' || c.relkind::text || ' ' || coalesce((
    SELECT string_agg(a.attname || ' ' || format_type(a.atttypid, a.atttypmod) || ' ' || a.attnotnull || ' ' || coalesce(pg_get_expr(d.adbin, d.adrelid), ''), ', ' ORDER BY a.attnum)
    FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
    WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped), '') AS item
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'
  UNION ALL SELECT 'index ' || pg_get_indexdef(i.indexrelid) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%'
  UNION ALL SELECT 'constraint ' || conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint
    WHERE connamespace NOT IN ('pg_catalog'::regnamespace, 'information_schema'::regnamespace)
  UNION ALL SELECT 'function ' || p.oid::regprocedure::text || ' ' || md5(p.prosrc) FROM pg_proc p
    WHERE p.pronamespace NOT IN ('pg_catalog'::regnamespace, 'information_schema'::regnamespace)
  UNION ALL SELECT 'trigger ' || tgrelid::regclass::text || ' ' || tgname || ' ' || tgenabled::text FROM pg_trigger WHERE NOT tgisinternal
  UNION ALL SELECT 'namespace ' || nspname FROM pg_namespace
  UNION ALL SELECT 'role ' || rolname || ' ' || rolsuper FROM pg_roles
  UNION ALL SELECT 'setting ' || setdatabase || ' ' || setrole || ' ' || array_to_string(setconfig, ',') FROM pg_db_role_setting
  UNION ALL SELECT 'extension ' || extname || ' ' || extversion FROM pg_extension
  UNION ALL SELECT 'large objects ' || count(*) FROM pg_largeobject_metadata
) AS items`;

const quoted = (text: string) => `'${text.replaceAll("'", "''")}'`;

async function fingerprintOf(db: PGliteThread): Promise<string> {
  const { rows } = await db.query<{ fingerprint: string }>(FINGERPRINT);
  return rows[0]!.fingerprint;
}

/** Read from a database as the template made it, before any test file had it. */
async function readTemplateState(db: PGliteThread): Promise<TemplateState> {
  const { rows: tables } = await db.query<{ name: string }>(
    `SELECT c.oid::regclass::text AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%' ORDER BY 1`,
  );
  const inserts: string[] = [];
  for (const { name } of tables) {
    const { rows } = await db.query<{ rows: string | null }>(`SELECT json_agg(t)::text AS rows FROM ${name} AS t`);
    // OVERRIDING SYSTEM VALUE: the rows keep their identity columns' values.
    if (rows[0]!.rows) inserts.push(`INSERT INTO ${name} OVERRIDING SYSTEM VALUE SELECT * FROM json_populate_recordset(NULL::${name}, ${quoted(rows[0]!.rows)});`);
  }
  const { rows: sequences } = await db.query<{ name: string }>(
    `SELECT c.oid::regclass::text AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind = 'S' AND n.nspname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1`,
  );
  const positions: string[] = [];
  for (const { name } of sequences) {
    const { rows } = await db.query<{ last_value: string; is_called: boolean }>(`SELECT last_value::text, is_called FROM ${name}`);
    positions.push(`SELECT setval(${quoted(name)}, ${rows[0]!.last_value}, ${rows[0]!.is_called});`);
  }
  return {
    fingerprint: await fingerprintOf(db),
    restore: [
      'BEGIN;',
      // The audit evidence refuses TRUNCATE by trigger, as it should in use.
      'SET LOCAL session_replication_role = replica;',
      tables.length > 0 ? `TRUNCATE ${tables.map(({ name }) => name).join(', ')} RESTART IDENTITY;` : '',
      ...inserts,
      ...positions,
      'COMMIT;',
    ].join('\n'),
  };
}

/** A database as the template made it: a put-back one if there is one, else `open()`'s. */
export async function takeDatabase(open: () => Promise<PGliteThread>): Promise<PGliteThread> {
  const reused = idle.pop();
  if (reused) return reused;
  const db = await open();
  template ??= readTemplateState(db);
  await template;
  return db;
}

/** Puts `db` back for the next file, as the template made it, or closes it when it cannot be. */
export async function giveBack(db: PGliteThread): Promise<void> {
  try {
    const state = await template!;
    // A transaction left open, LISTENs, session settings, prepared statements, advisory locks.
    await db.exec('ROLLBACK');
    await db.exec('DISCARD ALL');
    if ((await fingerprintOf(db)) !== state.fingerprint) throw new Error('not the template’s schema');
    await db.exec(state.restore);
    // Without a checkpoint, PostgreSQL's single-user mode keeps every WAL segment the files write.
    await db.exec('CHECKPOINT');
    idle.push(db);
  } catch {
    await db.close();
  }
}
