import type { DataSource } from 'typeorm';
import { NOTIFICATION_EVENTS, NotificationPreferenceEntity } from '../../planner/entities/notification-preference.entity.js';
import { NOTIFICATION_EVENT_DESCRIPTIONS, type NotificationEvent, type NotificationPreferenceType } from '../types/notification-preference.type.js';
import type { Worker } from '../worker.js';

export const toNotificationPreference = (event: NotificationEvent, email: boolean): NotificationPreferenceType => ({
  event,
  description: NOTIFICATION_EVENT_DESCRIPTIONS[event],
  email,
});

/** Configure Notifications: email on or off per event; an event never set is on. */
export async function listNotificationPreferences(dataSource: DataSource, worker: Worker): Promise<NotificationPreferenceType[]> {
  const rows = await dataSource.getRepository(NotificationPreferenceEntity).findBy({ tenantId: worker.tenantId, userId: worker.userId });
  const chosen = new Map(rows.map((row) => [row.event, row.email]));
  return NOTIFICATION_EVENTS.map((event) => toNotificationPreference(event as NotificationEvent, chosen.get(event) ?? true));
}
