import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.js';
import { embeddedDatabaseOf } from '../embedded-database.js';
import { PGliteThread } from '../pglite-thread.js';

// The embedded database's own thread; the PostgreSQL run has none.
describe.skipIf(Boolean(process.env.TEST_DATABASE_URL))('embedded PGlite on a thread of its own', () => {
  let database: TestDatabase;
  let db: PGliteThread;

  beforeAll(async () => {
    database = await createTestDatabase();
    db = embeddedDatabaseOf(database.dataSource)!;
    await db.exec('CREATE TABLE gadget (id int PRIMARY KEY, name text NOT NULL CONSTRAINT gadget_name_key UNIQUE)');
  });

  afterAll(() => database.drop());

  it('hands back rows with their types: dates, bytes, numbers, nulls', async () => {
    const { rows, fields } = await db.query<{ at: Date; bytes: Uint8Array; n: number; nothing: null }>(
      "SELECT '2026-12-07T10:00:00Z'::timestamptz AS at, '\\x0102ff'::bytea AS bytes, $1::int AS n, NULL AS nothing",
      [42],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.at).toBeInstanceOf(Date);
    expect(rows[0]!.at.toISOString()).toBe('2026-12-07T10:00:00.000Z');
    expect(rows[0]!.bytes).toBeInstanceOf(Uint8Array);
    expect([...rows[0]!.bytes]).toEqual([1, 2, 255]);
    expect(rows[0]!.n).toBe(42);
    expect(rows[0]!.nothing).toBeNull();
    expect(fields.map((field) => field.name)).toEqual(['at', 'bytes', 'n', 'nothing']);
  });

  it('keeps the PostgreSQL fields of an error, which the server reads (code, constraint, detail)', async () => {
    await db.query('INSERT INTO gadget (id, name) VALUES ($1, $2)', [1, 'lamp']);
    const failure = await db.query('INSERT INTO gadget (id, name) VALUES ($1, $2)', [2, 'lamp']).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    expect(failure).toMatchObject({
      message: expect.stringContaining('gadget_name_key'),
      code: '23505',
      constraint: 'gadget_name_key',
      table: 'gadget',
      detail: 'Key (name)=(lamp) already exists.',
    });
    expect((await db.query('SELECT count(*)::int AS n FROM gadget')).rows).toEqual([{ n: 1 }]);
  });

  it('runs several statements in one exec, with a result for each', async () => {
    const results = await db.exec("INSERT INTO gadget VALUES (3, 'desk'); SELECT name FROM gadget ORDER BY id");
    expect(results).toHaveLength(2);
    expect(results[1]!.rows).toEqual([{ name: 'lamp' }, { name: 'desk' }]);
  });

  it('delivers a notice before the answer of the statement that read it', async () => {
    const events: string[] = [];
    const unsubscribe = db.onNotification((channel, payload) => events.push(`${channel}:${payload}`));
    try {
      await db.exec('LISTEN gadgets');
      await db.query("SELECT pg_notify('gadgets', 'changed')");
      events.push('answer');
    } finally {
      unsubscribe();
    }
    expect(events).toEqual(['gadgets:changed', 'answer']);
  });

  it('leaves the event loop free while a statement runs', async () => {
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 5);
    try {
      const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM generate_series(1, 1000000) AS i WHERE i % 7 = 0');
      expect(rows[0]!.n).toBe(142_857);
    } finally {
      clearInterval(ticker);
    }
    // PostgreSQL's work is one synchronous WebAssembly call: on the server's thread no timer could fire.
    expect(ticks).toBeGreaterThanOrEqual(2);
  });

  it('dumps a data directory another database starts from', async () => {
    const dump = await db.dump();
    const copy = await PGliteThread.open({ dump: dump.buffer as ArrayBuffer, settings: ['-c', 'shared_buffers=8MB'] });
    try {
      expect((await copy.query('SELECT name FROM gadget ORDER BY id')).rows).toEqual([{ name: 'lamp' }, { name: 'desk' }]);
    } finally {
      await copy.close();
    }
  });

  it('refuses statements once closed instead of leaving them waiting', async () => {
    const other = await PGliteThread.open({ dump: (await db.dump()).buffer as ArrayBuffer, settings: ['-c', 'shared_buffers=8MB'] });
    await other.close();
    await expect(other.query('SELECT 1')).rejects.toThrow(/exited|closed/);
  });
});
