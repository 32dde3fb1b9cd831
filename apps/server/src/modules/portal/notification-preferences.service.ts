import type { DataSource } from 'typeorm';
import { recordAudit } from '../audit/audit.service.js';
import { NOTIFICATION_EVENTS, NotificationPreferenceEntity } from '../planner/entities/notification-preference.entity.js';
import { NOTIFICATION_EVENT_DESCRIPTIONS, type NotificationEvent, type NotificationPreferenceType } from './notification-preference.type.js';
import { workerTarget, type Worker } from './worker.js';

const preference = (event: NotificationEvent, email: boolean): NotificationPreferenceType => ({
  event,
  description: NOTIFICATION_EVENT_DESCRIPTIONS[event],
  email,
});

/** Configure Notifications: email on or off per event; an event never set is on. */
export class NotificationPreferencesService {
  constructor(private readonly dataSource: DataSource) {}

  async list(worker: Worker): Promise<NotificationPreferenceType[]> {
    const rows = await this.dataSource.getRepository(NotificationPreferenceEntity).findBy({ tenantId: worker.tenantId, userId: worker.userId });
    const chosen = new Map(rows.map((row) => [row.event, row.email]));
    return NOTIFICATION_EVENTS.map((event) => preference(event as NotificationEvent, chosen.get(event) ?? true));
  }

  set(worker: Worker, event: NotificationEvent, email: boolean): Promise<NotificationPreferenceType> {
    return this.dataSource.transaction(async (manager) => {
      const existing = await manager.findOneBy(NotificationPreferenceEntity, { tenantId: worker.tenantId, userId: worker.userId, event });
      await manager.upsert(NotificationPreferenceEntity, { tenantId: worker.tenantId, userId: worker.userId, event, email }, ['userId', 'event']);
      await recordAudit(manager, worker.actor, {
        action: 'portal.notification_preference.set',
        ...workerTarget(worker),
        before: { event, email: existing?.email ?? true },
        after: { event, email },
      });
      return preference(event, email);
    });
  }
}
