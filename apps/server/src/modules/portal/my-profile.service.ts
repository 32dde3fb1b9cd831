import type { DataSource } from 'typeorm';
import type { WorkerDetailsInput } from '../planner/dto/worker-profile.inputs.js';
import { WorkerProfileEntity } from '../planner/entities/worker-profile.entity.js';
import { lockPlannerUser } from '../planner/records.js';
import { toWorkingHours } from '../planner/mappers/worker-profile.mapper.js';
import type { WorkingHoursType } from '../planner/types/working-hours.type.js';
import { writeWorkerDetails } from '../planner/use-cases/worker-details.js';
import { detailsOf } from '../planner/mappers/worker-profile.mapper.js';
import { UserEntity } from '../users/user.entity.js';
import type { PortalProfileType } from './portal-profile.type.js';
import type { Worker } from './worker.js';

/** My Profile and My Working Hours: the worker's own details (editable) and contract (read only). */
export class MyProfileService {
  constructor(private readonly dataSource: DataSource) {}

  async profile(worker: Worker): Promise<PortalProfileType> {
    const user = await this.dataSource.getRepository(UserEntity).findOneByOrFail({ id: worker.userId, tenantId: worker.tenantId });
    const profile = await this.dataSource.getRepository(WorkerProfileEntity).findOneBy({ userId: worker.userId });
    return { username: user.username, email: user.email, details: detailsOf(user, profile) };
  }

  async workingHours(worker: Worker): Promise<WorkingHoursType> {
    return toWorkingHours(await this.dataSource.getRepository(WorkerProfileEntity).findOneBy({ userId: worker.userId, tenantId: worker.tenantId }));
  }

  /** The same write as the scheduler's updateWorkerDetails: no version check, the latest write wins. */
  async update(worker: Worker, input: WorkerDetailsInput): Promise<PortalProfileType> {
    await this.dataSource.transaction(async (manager) => {
      const user = await lockPlannerUser(manager, worker.tenantId, worker.userId);
      await writeWorkerDetails(manager, worker.actor, user, input);
    });
    return this.profile(worker);
  }
}
