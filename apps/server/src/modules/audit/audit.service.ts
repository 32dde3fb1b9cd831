import type { EntityManager } from 'typeorm';
import { AuditEntryEntity } from './audit-entry.entity.js';
import type { Actor, PlatformActor } from './actor.js';

export interface AuditRecord {
  action: string;
  targetType: 'role' | 'user' | 'tenant' | 'super_admin' | 'shift' | 'skill' | 'approval_group' | 'holiday_delegation' | 'mail';
  targetId: string | null;
  targetLabel: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/** Writes one audit entry with the caller's transaction, so it commits or rolls back with the change. */
export async function recordAudit(manager: EntityManager, actor: Actor | PlatformActor, record: AuditRecord): Promise<void> {
  // jsonb columns: TypeORM's deep-partial typing cannot express arbitrary JSON objects.
  await manager.insert(AuditEntryEntity, {
    tenantId: actor.tenantId,
    actorUserId: actor.userId,
    actorSuperAdminId: actor.superAdminId,
    actorLabel: actor.label,
    action: record.action,
    targetType: record.targetType,
    targetId: record.targetId,
    targetLabel: record.targetLabel,
    before: (record.before ?? null) as never,
    after: (record.after ?? null) as never,
    origin: actor.origin,
  });
}
