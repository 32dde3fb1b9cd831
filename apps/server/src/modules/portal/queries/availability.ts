import type { DataSource } from 'typeorm';
import { UnavailableDayEntity } from '../../planner/entities/unavailable-day.entity.js';
import { toUnavailableDay } from '../../planner/mappers/worker-profile.mapper.js';
import type { UnavailableDayType } from '../../planner/types/unavailable-day.type.js';
import type { Worker } from '../worker.js';
import { workerToday } from '../worker-today.js';

/** My Availability: the worker's unavailable days from today on, by date. */
export async function listUnavailableDays(dataSource: DataSource, worker: Worker): Promise<UnavailableDayType[]> {
  const days = await dataSource
    .getRepository(UnavailableDayEntity)
    .createQueryBuilder('day')
    .where('day.tenant_id = :tenantId AND day.user_id = :userId AND day.day >= :today', {
      tenantId: worker.tenantId,
      userId: worker.userId,
      today: await workerToday(dataSource, worker),
    })
    .orderBy('day.day', 'ASC')
    .getMany();
  return days.map(toUnavailableDay);
}
