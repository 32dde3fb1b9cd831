/**
 * Test databases that files have finished with, put back as the template made them, for the next
 * file in the same Vitest worker. On PGlite, opening one from the template cost 0.78 CPU-seconds a
 * file (a thread, PostgreSQL's start, the template's 27 MB), about 90 of the PGlite run; on the
 * PostgreSQL server, a CREATE DATABASE from the template and a DROP DATABASE. Putting one back
 * costs a TRUNCATE of every table.
 *
 * A database comes back only if its schema, functions, triggers, roles and settings are still the
 * template's (files that create tables or revert migrations leave theirs otherwise); anything else
 * is discarded, as before. test-database.test.ts fails if a file ever sees another's rows.
 */

/** Statements on one database, for putting it back. */
export interface ResetSession {
  rows<Row>(sql: string): Promise<Row[]>;
  run(sql: string): Promise<void>;
}

export interface RecycledKind<Database> {
  /** A session on `database` for the reset, and how to end it. */
  session(database: Database): Promise<{ session: ResetSession; end(): Promise<void> }>;
  /** What a file may have left on the session or the database beyond its rows, cleared. */
  beforeReset(session: ResetSession): Promise<void>;
  afterReset?(session: ResetSession): Promise<void>;
  discard(database: Database): Promise<void>;
}

interface TemplateState {
  /** The schema and everything else a TRUNCATE does not put back, as one digest. */
  fingerprint: string;
  /** TRUNCATE, then the template's rows and sequence positions, in one transaction. */
  restore: string;
}

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
  UNION ALL SELECT 'namespace ' || nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_temp%' AND nspname NOT LIKE 'pg\\_toast\\_temp%'
  UNION ALL SELECT 'role ' || rolname || ' ' || rolsuper FROM pg_roles
  UNION ALL SELECT 'setting ' || setrole || ' ' || array_to_string(setconfig, ',') FROM pg_db_role_setting WHERE setdatabase IN (0, (SELECT oid FROM pg_database WHERE datname = current_database()))
  UNION ALL SELECT 'extension ' || extname || ' ' || extversion FROM pg_extension
  UNION ALL SELECT 'large objects ' || count(*) FROM pg_largeobject_metadata
) AS items`;

const quoted = (text: string) => `'${text.replaceAll("'", "''")}'`;

async function fingerprintOf(session: ResetSession): Promise<string> {
  const [row] = await session.rows<{ fingerprint: string }>(FINGERPRINT);
  return row!.fingerprint;
}

/** Read from a database as the template made it, before any test file had it. */
async function readTemplateState(session: ResetSession): Promise<TemplateState> {
  const tables = await session.rows<{ name: string }>(
    `SELECT c.oid::regclass::text AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%' ORDER BY 1`,
  );
  const inserts: string[] = [];
  for (const { name } of tables) {
    const [table] = await session.rows<{ rows: string | null }>(`SELECT json_agg(t)::text AS rows FROM ${name} AS t`);
    // OVERRIDING SYSTEM VALUE: the rows keep their identity columns' values.
    if (table!.rows) inserts.push(`INSERT INTO ${name} OVERRIDING SYSTEM VALUE SELECT * FROM json_populate_recordset(NULL::${name}, ${quoted(table!.rows)});`);
  }
  const sequences = await session.rows<{ name: string }>(
    `SELECT c.oid::regclass::text AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind = 'S' AND n.nspname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1`,
  );
  const positions: string[] = [];
  for (const { name } of sequences) {
    const [position] = await session.rows<{ last_value: string; is_called: boolean }>(`SELECT last_value::text, is_called FROM ${name}`);
    positions.push(`SELECT setval(${quoted(name)}, ${position!.last_value}, ${position!.is_called});`);
  }
  return {
    fingerprint: await fingerprintOf(session),
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

/** The databases of one kind this worker has put back. */
export class RecycledDatabases<Database> {
  readonly #idle: Database[] = [];
  #template: Promise<TemplateState> | undefined;

  constructor(private readonly kind: RecycledKind<Database>) {}

  /** A database as the template made it: a put-back one if there is one, else `open()`'s. */
  async take(open: () => Promise<Database>): Promise<Database> {
    const reused = this.#idle.pop();
    if (reused !== undefined) return reused;
    const database = await open();
    this.#template ??= this.#withSession(database, readTemplateState);
    await this.#template;
    return database;
  }

  /** Puts `database` back for the next file, as the template made it, or discards it when it cannot be. */
  async giveBack(database: Database): Promise<void> {
    try {
      const state = await this.#template!;
      await this.#withSession(database, async (session) => {
        await this.kind.beforeReset(session);
        if ((await fingerprintOf(session)) !== state.fingerprint) throw new Error('not the template’s schema');
        await session.run(state.restore);
        await this.kind.afterReset?.(session);
      });
      this.#idle.push(database);
    } catch {
      await this.kind.discard(database);
    }
  }

  async #withSession<T>(database: Database, work: (session: ResetSession) => Promise<T>): Promise<T> {
    const { session, end } = await this.kind.session(database);
    try {
      return await work(session);
    } finally {
      await end();
    }
  }
}
