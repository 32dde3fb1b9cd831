import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { NotFoundError } from '../../kernel/errors.js';
import { isUuid } from '../../kernel/ids.js';
import type { Actor } from '../audit/actor.js';
import { recordAudit } from '../audit/audit.service.js';
import { displayName } from '../users/display-name.js';
import { lockUser } from '../users/user-records.js';
import type { UserEntity } from '../users/user.entity.js';
import { WorkerProfileEntity } from './entities/worker-profile.entity.js';
import { isPlannerUser } from './mappers/worker.mapper.js';

/** A planner user of the tenant, row-locked; anyone else (other tenant, not a planner user) is "not found". */
export async function lockPlannerUser(manager: EntityManager, tenantId: string, userId: string): Promise<UserEntity> {
  const user = await lockUser(manager, tenantId, userId);
  if (!isPlannerUser(user)) throw new NotFoundError('Planner user');
  return user;
}

/** The worker's profile row, or a fresh unsaved one: the row is created the first time something is written. */
export async function profileOf(manager: EntityManager, user: UserEntity): Promise<WorkerProfileEntity> {
  return (
    (await manager.findOneBy(WorkerProfileEntity, { userId: user.id })) ??
    manager.create(WorkerProfileEntity, {
      userId: user.id,
      tenantId: user.tenantId,
      address: null,
      emergencyContactName: null,
      emergencyContactPhone: null,
      payType: null,
      payRate: null,
      payCurrency: null,
      contractedHoursPerWeek: null,
      maxHoursPerWeek: null,
      workingDays: [],
      restrictions: [],
      detailsUpdatedAt: null,
      detailsUpdatedBy: null,
    })
  );
}

/** Audits a change to a worker's planner data, in the caller's transaction. */
export function auditWorkerChange(
  manager: EntityManager,
  actor: Actor,
  action: string,
  worker: Pick<UserEntity, 'id' | 'firstName' | 'lastName' | 'username'>,
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): Promise<void> {
  return recordAudit(manager, actor, { action, targetType: 'user', targetId: worker.id, targetLabel: displayName(worker), before, after });
}

/** A tenant's row by id; a malformed id or another tenant's row is "not found". */
export async function findTenantRow<T extends ObjectLiteral>(
  db: DataSource | EntityManager,
  entity: EntityTarget<T>,
  what: string,
  tenantId: string,
  id: string,
  options: { lock?: boolean } = {},
): Promise<T> {
  if (!isUuid(id)) throw new NotFoundError(what);
  const query = db.getRepository(entity).createQueryBuilder('record');
  if (options.lock) query.setLock('pessimistic_write');
  const row = await query.where('record.id = :id AND record.tenant_id = :tenantId', { id, tenantId }).getOne();
  if (!row) throw new NotFoundError(what);
  return row;
}

/** The same, locked for the rest of the caller's transaction. */
export const lockTenantRow = <T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, what: string, tenantId: string, id: string) =>
  findTenantRow(manager, entity, what, tenantId, id, { lock: true });
