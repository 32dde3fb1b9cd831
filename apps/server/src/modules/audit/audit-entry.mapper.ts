import type { AuditEntryEntity } from './audit-entry.entity.js';
import type { AuditEntryType } from './audit-entry.type.js';

export function toAuditEntryType(entry: AuditEntryEntity): AuditEntryType {
  return {
    id: entry.id,
    occurredAt: entry.occurredAt,
    actor: { userId: entry.actorUserId, superAdminId: entry.actorSuperAdminId, label: entry.actorLabel },
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    targetLabel: entry.targetLabel,
    before: entry.before,
    after: entry.after,
    originIp: entry.origin?.ip ?? null,
    originUserAgent: entry.origin?.userAgent ?? null,
  };
}
