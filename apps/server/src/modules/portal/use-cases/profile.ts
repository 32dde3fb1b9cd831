import type { WorkerDetailsInput } from '../../planner/dto/worker-profile.inputs.js';
import { lockPlannerUser } from '../../planner/records.js';
import { writeWorkerDetails } from '../../planner/use-cases/worker-details.js';
import type { UseCaseDeps } from '../../use-case-deps.js';
import { loadProfile } from '../queries/profile.js';
import type { PortalProfileType } from '../types/profile.type.js';
import type { Worker } from '../worker.js';

/** The same write as the scheduler's updateWorkerDetails: no version check, the latest write wins. */
export async function updateProfile(deps: UseCaseDeps, worker: Worker, input: WorkerDetailsInput): Promise<PortalProfileType> {
  await deps.dataSource.transaction(async (manager) => {
    const user = await lockPlannerUser(manager, worker.tenantId, worker.userId);
    await writeWorkerDetails(manager, worker.actor, user, input);
  });
  return loadProfile(deps.dataSource, worker);
}
