import type { DataSource } from 'typeorm';
import { WorkerProfileEntity } from '../../planner/entities/worker-profile.entity.js';
import { detailsOf, toWorkingHours } from '../../planner/mappers/worker-profile.mapper.js';
import type { WorkingHoursType } from '../../planner/types/working-hours.type.js';
import { UserEntity } from '../../users/user.entity.js';
import type { PortalProfileType } from '../types/profile.type.js';
import type { Worker } from '../worker.js';

/** My Profile: the worker's own details. */
export async function loadProfile(dataSource: DataSource, worker: Worker): Promise<PortalProfileType> {
  const user = await dataSource.getRepository(UserEntity).findOneByOrFail({ id: worker.userId, tenantId: worker.tenantId });
  const profile = await dataSource.getRepository(WorkerProfileEntity).findOneBy({ userId: worker.userId });
  return { username: user.username, email: user.email, details: detailsOf(user, profile) };
}

/** My Working Hours: the contract a scheduler set, read only. */
export async function loadWorkingHours(dataSource: DataSource, worker: Worker): Promise<WorkingHoursType> {
  return toWorkingHours(await dataSource.getRepository(WorkerProfileEntity).findOneBy({ userId: worker.userId, tenantId: worker.tenantId }));
}
