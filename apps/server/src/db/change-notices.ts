import pg from 'pg';
import type { DataSource } from 'typeorm';
import { embeddedDatabaseOf } from './embedded-database.js';

export interface ChangeNoticeHandlers {
  /** A notice on the channel; its payload as sent. */
  notice(payload: string): void;
  /** Notices flow: from now on none is missed. */
  connected(): void;
  /** Notices may have been missed since this moment, until `connected` is called again. */
  lost(): void;
}

export interface ChangeNotices {
  /** Resolves once every notice committed before the call has reached the handlers. */
  settle(): Promise<void>;
  close(): Promise<void>;
}

interface Warn {
  warn(details: object, message: string): void;
}

const RECONNECT_DELAYS_MS = [100, 500, 1_000, 5_000, 15_000];

/**
 * Listens on a PostgreSQL channel of the database behind `dataSource`. On the embedded database a
 * notice reaches the handlers before the statement that committed it returns, so `settle` has
 * nothing to wait for. On a server, notices arrive on a connection of their own; `settle` sends a
 * statement down that connection, whose answer comes after every notice sent before it.
 */
export async function listenForChanges(dataSource: DataSource, channel: string, handlers: ChangeNoticeHandlers, logger: Warn): Promise<ChangeNotices> {
  const embedded = embeddedDatabaseOf(dataSource);
  if (embedded) {
    const unsubscribe = embedded.onNotification((from, payload) => {
      if (from === channel) handlers.notice(payload);
    });
    // Through TypeORM, so the LISTEN waits for the session like any other statement (see pglite-driver).
    await dataSource.query(`LISTEN "${channel}"`);
    handlers.connected();
    return {
      settle: () => Promise.resolve(),
      // The session stays LISTENing: another server instance in this process may share the database.
      close() {
        unsubscribe();
        handlers.lost();
        return Promise.resolve();
      },
    };
  }
  return listenOnServer(serverUrl(dataSource), channel, handlers, logger);
}

function serverUrl(dataSource: DataSource): string {
  const url = (dataSource.options as { url?: string }).url;
  if (!url) throw new Error('Change notices need the PostgreSQL URL of the data source');
  return url;
}

/** How the notices connection of `channel` shows in pg_stat_activity (one per channel and instance). */
export const changeNoticesApplication = (channel: string): string => `access-notices ${channel}`.slice(0, 63);

async function listenOnServer(url: string, channel: string, handlers: ChangeNoticeHandlers, logger: Warn): Promise<ChangeNotices> {
  let client: pg.Client | null = null;
  let closed = false;
  let attempt = 0;
  let retry: NodeJS.Timeout | undefined;

  const drop = (which: pg.Client, error?: unknown) => {
    if (client !== which) return;
    client = null;
    handlers.lost();
    which.end().catch(() => undefined);
    if (closed) return;
    logger.warn({ err: error }, 'change notices connection lost; reconnecting');
    schedule();
  };

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url, application_name: changeNoticesApplication(channel) });
    next.on('error', (error) => drop(next, error));
    next.on('end', () => drop(next));
    next.on('notification', (message) => {
      if (message.channel === channel && message.payload !== undefined) handlers.notice(message.payload);
    });
    try {
      await next.connect();
      await next.query(`LISTEN "${channel}"`);
    } catch (error) {
      await next.end().catch(() => undefined);
      throw error;
    }
    client = next;
    attempt = 0;
    handlers.connected();
  };

  const schedule = () => {
    const delay = RECONNECT_DELAYS_MS[Math.min(attempt++, RECONNECT_DELAYS_MS.length - 1)];
    retry = setTimeout(() => {
      connect().catch((error: unknown) => {
        logger.warn({ err: error }, 'change notices could not reconnect');
        if (!closed) schedule();
      });
    }, delay);
    retry.unref();
  };

  await connect();
  // One round trip at a time (pg queues overlapping queries, and will refuse them). Callers that
  // arrive while one is waiting to be sent share it: it leaves after their call, so it serves them.
  let tail: Promise<void> = Promise.resolve();
  let waiting: Promise<void> | null = null;
  const roundTrip = async () => {
    waiting = null;
    const current = client;
    // Without a connection the handlers have been told (`lost`), and nothing relies on notices.
    if (!current) return;
    try {
      await current.query('SELECT 1');
    } catch (error) {
      drop(current, error);
    }
  };
  return {
    settle() {
      if (waiting) return waiting;
      const next = tail.then(roundTrip);
      waiting = next;
      tail = next;
      return next;
    },
    async close() {
      closed = true;
      clearTimeout(retry);
      const current = client;
      client = null;
      handlers.lost();
      await current?.end().catch(() => undefined);
    },
  };
}
