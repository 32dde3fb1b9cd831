import { AvailabilityResolver } from './resolvers/availability.resolver.js';
import { CalendarFeedResolver } from './resolvers/calendar-feed.resolver.js';
import { CertificationProofFieldsResolver } from './resolvers/certification-proof-fields.resolver.js';
import { PortalDashboardResolver } from './resolvers/dashboard.resolver.js';
import { MyCertificationsResolver } from './resolvers/certifications.resolver.js';
import { MyProfileResolver } from './resolvers/profile.resolver.js';
import { MyReportsResolver } from './resolvers/reports.resolver.js';
import { MyShiftsResolver } from './resolvers/shifts.resolver.js';
import { MySkillsResolver } from './resolvers/skills.resolver.js';
import { NotificationPreferencesResolver } from './resolvers/notification-preferences.resolver.js';

/** Every resolver of the worker portal, registered with the schema in one line. */
export const portalResolvers = [
  PortalDashboardResolver,
  MyShiftsResolver,
  MyReportsResolver,
  NotificationPreferencesResolver,
  CalendarFeedResolver,
  AvailabilityResolver,
  MyProfileResolver,
  MySkillsResolver,
  MyCertificationsResolver,
  CertificationProofFieldsResolver,
] as const;
