import { localDateIn } from '@access/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { effectiveTimeZoneOf } from '../users/time-zones.js';
import type { Worker } from './worker.js';

/**
 * Today on the worker's calendar: in their own zone, else their organisation's. A worker in
 * Auckland at 09:00 on the 2nd is on the 2nd, though it is still the 1st in UTC.
 */
export async function workerToday(db: DataSource | EntityManager, worker: Worker, now: Date = new Date()): Promise<string> {
  return localDateIn(await effectiveTimeZoneOf(db, worker.tenantId, worker.userId), now);
}
