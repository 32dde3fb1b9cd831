import type { EventEmitter } from 'node:events';
import type { Results } from '@electric-sql/pglite';
import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test-support/test-database.js';
import { pgliteDriver } from '../pglite-driver.js';

interface Connection {
  query(sql: string, parameters?: unknown[]): Promise<{ rows: unknown[] }>;
}

/** A database that records what it was sent and answers only when told to, in order. */
function heldDatabase() {
  const sent: string[] = [];
  const answers: Array<() => void> = [];
  const answer = (sql: string): Promise<Results> => {
    sent.push(sql);
    return new Promise((resolve) => answers.push(() => resolve({ rows: [{ sql }], fields: [], affectedRows: 0 })));
  };
  return {
    sent,
    /** Answers every statement sent so far. */
    answerAll() {
      answers.splice(0).forEach((release) => release());
    },
    db: {
      query: (sql: string) => answer(sql),
      exec: async (sql: string) => [await answer(sql)],
      close: async () => undefined,
    },
  };
}

function connect(Pool: new () => EventEmitter): Promise<{ connection: Connection; release(): void }> {
  const pool = new Pool() as EventEmitter & { connect(callback: (error: Error | null, connection: Connection, done: () => void) => void): void };
  return new Promise((resolve, reject) => {
    pool.connect((error, connection, done) => (error ? reject(error) : resolve({ connection, release: done })));
  });
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('the PGlite driver', () => {
  it('sends statements that commit on their own from every connection at once', async () => {
    const database = heldDatabase();
    const { Pool } = pgliteDriver(database.db);
    const [a, b, c] = await Promise.all([connect(Pool), connect(Pool), connect(Pool)]);
    const answers = [a.connection.query('SELECT 1'), b.connection.query('SELECT $1', [2]), c.connection.query('SELECT 3')];
    expect(database.sent).toEqual(['SELECT 1', 'SELECT $1', 'SELECT 3']);
    database.answerAll();
    expect((await Promise.all(answers)).map(({ rows }) => rows)).toEqual([[{ sql: 'SELECT 1' }], [{ sql: 'SELECT $1' }], [{ sql: 'SELECT 3' }]]);
  });

  it("holds the other connections' statements from a transaction's start to its end, then sends them in order", async () => {
    const database = heldDatabase();
    const { Pool } = pgliteDriver(database.db);
    const [owner, other, third] = await Promise.all([connect(Pool), connect(Pool), connect(Pool)]);
    const begun = owner.connection.query('START TRANSACTION');
    const waiting = [other.connection.query('SELECT other'), third.connection.query('SELECT third')];
    database.answerAll();
    await begun;
    const inserted = owner.connection.query('INSERT INTO t VALUES ($1)', [1]);
    const savepoint = owner.connection.query('ROLLBACK TO SAVEPOINT typeorm_1');
    database.answerAll();
    await Promise.all([inserted, savepoint]);
    await flush();
    expect(database.sent).toEqual(['START TRANSACTION', 'INSERT INTO t VALUES ($1)', 'ROLLBACK TO SAVEPOINT typeorm_1']);
    const committed = owner.connection.query('COMMIT');
    await flush();
    expect(database.sent).toEqual(['START TRANSACTION', 'INSERT INTO t VALUES ($1)', 'ROLLBACK TO SAVEPOINT typeorm_1', 'COMMIT', 'SELECT other', 'SELECT third']);
    database.answerAll();
    await Promise.all([committed, ...waiting]);
  });

  it('lets one waiting transaction start at a time, and what waited behind it waits on', async () => {
    const database = heldDatabase();
    const { Pool } = pgliteDriver(database.db);
    const [first, second, reader] = await Promise.all([connect(Pool), connect(Pool), connect(Pool)]);
    void first.connection.query('BEGIN');
    const secondBegun = second.connection.query('BEGIN');
    const read = reader.connection.query('SELECT after');
    void first.connection.query('ROLLBACK');
    await flush();
    expect(database.sent).toEqual(['BEGIN', 'ROLLBACK', 'BEGIN']);
    void second.connection.query('COMMIT');
    await flush();
    expect(database.sent).toEqual(['BEGIN', 'ROLLBACK', 'BEGIN', 'COMMIT', 'SELECT after']);
    database.answerAll();
    await Promise.all([secondBegun, read]);
  });

  it('frees the session when a runner is released inside its transaction', async () => {
    const database = heldDatabase();
    const { Pool } = pgliteDriver(database.db);
    const [careless, other] = await Promise.all([connect(Pool), connect(Pool)]);
    void careless.connection.query('START TRANSACTION');
    const read = other.connection.query('SELECT 1');
    await flush();
    expect(database.sent).toEqual(['START TRANSACTION']);
    careless.release();
    await flush();
    expect(database.sent).toEqual(['START TRANSACTION', 'SELECT 1']);
    database.answerAll();
    await read;
  });

  it('gives up on a transaction that never ends, with an error that says so', async () => {
    const database = heldDatabase();
    const { Pool } = pgliteDriver(database.db, 50);
    const [stuck, other] = await Promise.all([connect(Pool), connect(Pool)]);
    void stuck.connection.query('BEGIN');
    await expect(other.connection.query('SELECT 1')).rejects.toThrow(/another connection's transaction after 50 ms/);
    expect(database.sent).toEqual(['BEGIN']);
  });
});

describe(`a transaction beside other statements on ${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`, () => {
  it('is not seen by a read made while it is open, nor left to wait for it', async () => {
    const database = await createTestDatabase();
    try {
      await database.dataSource.query('CREATE TABLE driver_probe (n int)');
      const runner = database.dataSource.createQueryRunner();
      await runner.startTransaction();
      await runner.query('INSERT INTO driver_probe VALUES (1)');
      const read = database.dataSource.query<Array<{ n: number }>>('SELECT count(*)::int AS n FROM driver_probe');
      // Time for the read to reach the database, had nothing held it back.
      await new Promise((resolve) => setTimeout(resolve, 20));
      await runner.rollbackTransaction();
      await runner.release();
      expect(await read).toEqual([{ n: 0 }]);
    } finally {
      await database.drop();
    }
  });
});
