import { EventEmitter } from 'node:events';
import type { Results } from '@electric-sql/pglite';

/** What the driver needs of the database (pglite-thread.ts). */
export interface PGliteSession {
  query(sql: string, parameters: unknown[]): Promise<Results<unknown>>;
  exec(sql: string): Promise<Array<Results<unknown>>>;
  close(): Promise<void>;
}

/**
 * A `pg`-shaped driver over one PGlite database, for TypeORM's postgres dialect.
 *
 * PGlite is a single session, so two TypeORM query runners sharing it would interleave their
 * transactions. The pool therefore hands out the session to one query runner at a time and
 * queues the others, which is what a pool of size one does on a real server.
 */
export function pgliteDriver(db: PGliteSession, acquireTimeoutMs = 30_000): { Pool: new () => EventEmitter } {
  const waiters: Array<() => void> = [];
  let busy = false;

  function acquire(): Promise<void> {
    if (!busy) {
      busy = true;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const grant = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        const index = waiters.indexOf(grant);
        if (index >= 0) waiters.splice(index, 1);
        reject(new Error(`PGlite session still busy after ${acquireTimeoutMs} ms: a query runner was not released`));
      }, acquireTimeoutMs);
      waiters.push(grant);
    });
  }

  function release(): void {
    const next = waiters.shift();
    if (next) next();
    else busy = false;
  }

  class Connection extends EventEmitter {
    async query(sql: string, parameters?: unknown[]) {
      const result =
        parameters && parameters.length > 0
          ? await db.query(sql, parameters)
          : ((await db.exec(sql)).at(-1) ?? { rows: [], fields: [], affectedRows: 0 });
      return toPgResult(sql, result);
    }
  }

  class Pool extends EventEmitter {
    connect(callback: (error: Error | null, connection: Connection | null, done: () => void) => void): void {
      acquire().then(
        () => {
          let released = false;
          callback(null, new Connection(), () => {
            if (released) return;
            released = true;
            release();
          });
        },
        (error: Error) => callback(error, null, () => undefined),
      );
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
