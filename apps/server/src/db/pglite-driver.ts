import { EventEmitter } from 'node:events';
import type { Results } from '@electric-sql/pglite';

/** Starts a transaction block: the session then belongs to one connection until it ends. */
const OPENS_TRANSACTION = /^\s*(START\s+TRANSACTION|BEGIN)\b/i;
/** Ends one; `ROLLBACK TO SAVEPOINT` only rewinds inside it. */
const ENDS_TRANSACTION = /^\s*(COMMIT|END|ABORT|ROLLBACK)\b(?![\s\w]*\bTO\b)/i;

/** What the driver needs of the database (pglite-thread.ts). */
export interface PGliteSession {
  query(sql: string, parameters: unknown[]): Promise<Results<unknown>>;
  exec(sql: string): Promise<Array<Results<unknown>>>;
  close(): Promise<void>;
}

type Statement = { connection: object; opens: boolean; admit(): void };

/**
 * A `pg`-shaped driver over one PGlite database, for TypeORM's postgres dialect.
 *
 * PGlite is a single session and runs statements in the order they arrive. Statements that commit
 * on their own are sent as soon as they are made, from any number of connections, so the
 * database's thread has the next one waiting while this one turns the last answer into GraphQL.
 * A transaction needs the session to itself: from the statement that opens it to the one that
 * ends it, the other connections' statements wait here, in order, as they would for a lock.
 */
export function pgliteDriver(db: PGliteSession, waitTimeoutMs = 30_000): { Pool: new () => EventEmitter } {
  let owner: object | null = null;
  const waiting: Statement[] = [];

  function admitWaiting(): void {
    while (owner === null && waiting.length > 0) {
      const next = waiting.shift()!;
      if (next.opens) owner = next.connection;
      next.admit();
    }
  }

  /** Whether `connection` may send a statement now; the session is then its own if `opens`. */
  function mayGo(connection: object, opens: boolean): boolean {
    if (owner !== null && owner !== connection) return false;
    if (opens) owner = connection;
    return true;
  }

  /** Resolves when `connection` may send its statement, in the order the statements waited. */
  function turn(connection: object, opens: boolean): Promise<void> {
    return new Promise((resolve, reject) => {
      const statement: Statement = {
        connection,
        opens,
        admit() {
          clearTimeout(timer);
          resolve();
        },
      };
      const timer = setTimeout(() => {
        const index = waiting.indexOf(statement);
        if (index >= 0) waiting.splice(index, 1);
        reject(new Error(`PGlite session still in another connection's transaction after ${waitTimeoutMs} ms: a query runner did not end it`));
      }, waitTimeoutMs);
      waiting.push(statement);
    });
  }

  function endTransactionOf(connection: object): void {
    if (owner !== connection) return;
    owner = null;
    admitWaiting();
  }

  class Connection extends EventEmitter {
    query(sql: string, parameters?: unknown[]) {
      const opens = OPENS_TRANSACTION.test(sql);
      // Sent at once when it may go, so that nothing made later overtakes it.
      return mayGo(this, opens) ? this.send(sql, parameters) : turn(this, opens).then(() => this.send(sql, parameters));
    }

    private async send(sql: string, parameters?: unknown[]) {
      const answer =
        parameters && parameters.length > 0 ? db.query(sql, parameters) : db.exec(sql).then((results) => results.at(-1) ?? { rows: [], fields: [], affectedRows: 0 });
      // Sent, it runs before anything sent after it: the others need not wait for its answer.
      if (ENDS_TRANSACTION.test(sql)) endTransactionOf(this);
      return toPgResult(sql, await answer);
    }
  }

  class Pool extends EventEmitter {
    connect(callback: (error: Error | null, connection: Connection | null, done: () => void) => void): void {
      const connection = new Connection();
      // A runner released inside its transaction leaves it open; the others must not wait for it forever.
      callback(null, connection, () => endTransactionOf(connection));
    }

    end(callback?: (error: Error | null) => void): void {
      db.close().then(
        () => callback?.(null),
        (error: Error) => callback?.(error),
      );
    }
  }

  return { Pool };
}

function toPgResult(sql: string, result: Results<unknown>) {
  const command = /^\s*(\w+)/.exec(sql)?.[1]?.toUpperCase();
  return { command, rows: result.rows, rowCount: result.affectedRows ?? result.rows.length, fields: result.fields };
}
