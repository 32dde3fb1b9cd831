import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum PortalCard {
  MY_SHIFTS = 'MY_SHIFTS',
  AFTER_SHIFT_REPORTS = 'AFTER_SHIFT_REPORTS',
  NOTIFICATIONS = 'NOTIFICATIONS',
  CALENDAR_LINKS = 'CALENDAR_LINKS',
  MY_AVAILABILITY = 'MY_AVAILABILITY',
  MY_PROFILE = 'MY_PROFILE',
  MY_SKILLS = 'MY_SKILLS',
  MY_CERTIFICATIONS = 'MY_CERTIFICATIONS',
  MY_WORKING_HOURS = 'MY_WORKING_HOURS',
  CHANGE_PASSWORD = 'CHANGE_PASSWORD',
}
registerEnumType(PortalCard, { name: 'PortalCard' });

@ObjectType('PortalDashboard')
export class PortalDashboardType {
  @Field(() => [PortalCard], { description: 'The cards to show, in order; My Skills and My Certifications only when assigned.' })
  cards: PortalCard[];

  @Field(() => Int, { description: 'Offers waiting for an answer.' })
  openOffers: number;

  @Field(() => Int)
  pendingReports: number;
}
