import type { DataSource, EntityManager } from 'typeorm';
import { TimeOffRequestEntity } from '../entities/time-off-request.entity.js';
import { toTimeOffRequest } from '../mappers/time-off-request.mapper.js';
import type { TimeOffStatus } from '../types/enums.type.js';
import type { TimeOffRequestType } from '../types/time-off-request.type.js';
import { findTenantRow } from '../records.js';

/** Workers who left are not listed. */
export async function listTimeOffRequests(db: DataSource | EntityManager, tenantId: string, status: TimeOffStatus | null | undefined): Promise<TimeOffRequestType[]> {
  const query = db
    .getRepository(TimeOffRequestEntity)
    .createQueryBuilder('request')
    .innerJoin('user_account', 'worker', 'worker.id = request.user_id AND worker.deleted_at IS NULL')
    .where('request.tenant_id = :tenantId', { tenantId });
  if (status) query.andWhere('request.status = :status', { status });
  const rows = await query.orderBy('request.created_at', 'ASC').addOrderBy('request.id', 'ASC').getMany();
  return rows.map(toTimeOffRequest);
}

export async function getTimeOffRequest(db: DataSource | EntityManager, tenantId: string, id: string): Promise<TimeOffRequestType> {
  return toTimeOffRequest(await findTenantRow(db, TimeOffRequestEntity, 'Time-off request', tenantId, id));
}
