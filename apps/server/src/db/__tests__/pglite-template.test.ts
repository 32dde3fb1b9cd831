import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadTemplate, templateDir, templateFile } from '../../../scripts/pglite-template.mjs';
import { migrations } from '../migrations/index.js';

const remake = 'run `pnpm --filter @access/server template:pglite` and commit pglite-template/';

/** Tables, columns, indexes, constraints, triggers, functions and sequences, each as its definition. */
const SCHEMA = `
  SELECT 'column' AS kind, table_name || '.' || column_name AS name,
         concat_ws(' ', data_type, character_maximum_length, datetime_precision, is_nullable, column_default, is_identity, identity_generation, collation_name) AS definition
    FROM information_schema.columns WHERE table_schema = 'public'
  UNION ALL SELECT 'index', indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'
  UNION ALL SELECT 'constraint', conrelid::regclass::text || '.' || conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = 'public'::regnamespace
  UNION ALL SELECT 'trigger', tgrelid::regclass::text || '.' || tgname, pg_get_triggerdef(oid) FROM pg_trigger WHERE NOT tgisinternal
  UNION ALL SELECT 'function', proname, pg_get_functiondef(oid) FROM pg_proc WHERE pronamespace = 'public'::regnamespace
  UNION ALL SELECT 'sequence', sequencename, concat_ws(' ', data_type, start_value, increment_by) FROM pg_sequences WHERE schemaname = 'public'
  ORDER BY 1, 2`;

async function schemaOf(db: PGlite): Promise<Array<Record<string, string>>> {
  return (await db.query<Record<string, string>>(SCHEMA)).rows;
}

async function rowsPerTable(db: PGlite): Promise<Record<string, number>> {
  const { rows: tables } = await db.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations' ORDER BY 1`);
  const counts: Record<string, number> = {};
  for (const { name } of tables) counts[name] = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${name}"`)).rows[0]!.n;
  return counts;
}

// The template is the embedded database's first start; the PostgreSQL run has nothing to add here.
describe.skipIf(Boolean(process.env.TEST_DATABASE_URL))('the committed PGlite data directory template', () => {
  let template: PGlite;
  let migratedFromEmpty: PGlite;

  beforeAll(async () => {
    expect(await readdir(templateDir), `one template, for the installed PGlite: ${remake}`).toEqual([path.basename(templateFile())]);
    template = await PGlite.create('memory://', { loadDataDir: loadTemplate() });
    // The run's own reference: a new cluster migrated from empty by global-setup.ts.
    const reference = inject('pgliteTemplate');
    if (!reference) throw new Error('global-setup.ts provides no migrated PGlite database');
    migratedFromEmpty = await PGlite.create('memory://', { loadDataDir: new Blob([await readFile(reference)]) });
  }, 60_000);

  afterAll(async () => {
    await template?.close();
    await migratedFromEmpty?.close();
  });

  it('has every migration applied, in order', async () => {
    const { rows } = await template.query<{ name: string }>('SELECT name FROM migrations ORDER BY id');
    const names = migrations.map((migration) => migration.name);
    expect(rows.map((row) => row.name), `the template lacks migrations: ${remake}`).toEqual(names);
  });

  it('holds the schema the migrations make from empty, and no rows', async () => {
    expect(await schemaOf(template), `the template differs from the migrations: ${remake}`).toEqual(await schemaOf(migratedFromEmpty));
    const counts = await rowsPerTable(template);
    expect(Object.keys(counts).length).toBeGreaterThan(20);
    expect(Object.entries(counts).filter(([, rows]) => rows > 0)).toEqual([]);
  });
});
