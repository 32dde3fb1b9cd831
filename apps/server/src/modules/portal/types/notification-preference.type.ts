import { Field, ObjectType, registerEnumType } from 'type-graphql';
import type { NotificationEventValue } from '../../planner/entities/notification-preference.entity.js';

export enum NotificationEvent {
  SHIFT_OFFERED = 'SHIFT_OFFERED',
  SHIFT_CANCELLED = 'SHIFT_CANCELLED',
  REPORT_DUE = 'REPORT_DUE',
  CERTIFICATION_REVIEWED = 'CERTIFICATION_REVIEWED',
  TIME_OFF_REVIEWED = 'TIME_OFF_REVIEWED',
}
registerEnumType(NotificationEvent, { name: 'NotificationEvent' });

/** What each event is, for the settings page; `satisfies` keeps it in step with what the database stores. */
export const NOTIFICATION_EVENT_DESCRIPTIONS = {
  SHIFT_OFFERED: 'A scheduler offers you a shift',
  SHIFT_CANCELLED: 'A shift you accepted is cancelled',
  REPORT_DUE: 'An after-shift report is waiting for you',
  CERTIFICATION_REVIEWED: 'A certification proof you uploaded is approved or rejected',
  TIME_OFF_REVIEWED: 'A time-off request of yours is approved or rejected',
} as const satisfies Record<NotificationEventValue, string>;

@ObjectType('NotificationPreference')
export class NotificationPreferenceType {
  @Field(() => NotificationEvent)
  event: NotificationEvent;

  @Field(() => String, { description: 'What the event is, for the settings page.' })
  description: string;

  @Field(() => Boolean)
  email: boolean;
}
