import type { DataSource } from 'typeorm';
import { TimeOffRequestEntity } from '../../planner/entities/time-off-request.entity.js';
import { toTimeOffRequest } from '../../planner/mappers/time-off-request.mapper.js';
import type { TimeOffRequestType } from '../../planner/types/time-off-request.type.js';
import type { Worker } from '../worker.js';

/** The worker's own time-off requests, newest first. */
export async function listTimeOffRequests(dataSource: DataSource, worker: Worker): Promise<TimeOffRequestType[]> {
  const requests = await dataSource
    .getRepository(TimeOffRequestEntity)
    .createQueryBuilder('request')
    .where('request.tenant_id = :tenantId AND request.user_id = :userId', { tenantId: worker.tenantId, userId: worker.userId })
    .orderBy('request.created_at', 'DESC')
    .addOrderBy('request.id', 'DESC')
    .getMany();
  return requests.map(toTimeOffRequest);
}
