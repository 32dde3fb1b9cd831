import { recordAudit } from '../../audit/audit.service.js';
import { NotificationPreferenceEntity } from '../../planner/entities/notification-preference.entity.js';
import type { UseCaseDeps } from '../../use-case-deps.js';
import { toNotificationPreference } from '../queries/notification-preferences.js';
import type { NotificationEvent, NotificationPreferenceType } from '../types/notification-preference.type.js';
import { workerTarget, type Worker } from '../worker.js';

/** The audit's before is what the worker saw: an event never set counts as on. */
export function setNotificationPreference(deps: UseCaseDeps, worker: Worker, event: NotificationEvent, email: boolean): Promise<NotificationPreferenceType> {
  return deps.dataSource.transaction(async (manager) => {
    const existing = await manager.findOneBy(NotificationPreferenceEntity, { tenantId: worker.tenantId, userId: worker.userId, event });
    await manager.upsert(NotificationPreferenceEntity, { tenantId: worker.tenantId, userId: worker.userId, event, email }, ['userId', 'event']);
    await recordAudit(manager, worker.actor, {
      action: 'portal.notification_preference.set',
      ...workerTarget(worker),
      before: { event, email: existing?.email ?? true },
      after: { event, email },
    });
    return toNotificationPreference(event, email);
  });
}
