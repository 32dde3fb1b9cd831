import type { DataSource } from 'typeorm';
import { embeddedDatabaseOf } from './embedded-database.js';

/** An arbitrary key, the same in every instance of Access: the advisory lock its start-up takes. */
const STARTUP_LOCK_KEY = 7_243_901_118_512_337n;

/**
 * Runs `work` (migrations, the seed) while no other instance on the same database runs its own:
 * instances started together on an empty database would otherwise race to create the same tables
 * and rows, and all but one fail. A session-level lock on a connection of its own, since TypeORM's
 * migration runner takes and commits its own connections and transactions.
 */
export async function withStartupLock<T>(dataSource: DataSource, work: () => Promise<T>): Promise<T> {
  // One process owns an embedded database, and its one session is the whole pool: holding it for
  // the lock would leave none for the work.
  if (embeddedDatabaseOf(dataSource)) return work();
  const runner = dataSource.createQueryRunner();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [STARTUP_LOCK_KEY.toString()]);
    try {
      return await work();
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [STARTUP_LOCK_KEY.toString()]);
    }
  } finally {
    await runner.release();
  }
}
