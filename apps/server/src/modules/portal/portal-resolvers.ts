import { AvailabilityResolver } from './availability.resolver.js';
import { CalendarFeedResolver } from './calendar-feed.resolver.js';
import { CertificationProofFieldsResolver } from './certification-proof-fields.resolver.js';
import { PortalDashboardResolver } from './dashboard.resolver.js';
import { MyCertificationsResolver } from './my-certifications.resolver.js';
import { MyProfileResolver } from './my-profile.resolver.js';
import { MyReportsResolver } from './my-reports.resolver.js';
import { MyShiftsResolver } from './my-shifts.resolver.js';
import { MySkillsResolver } from './my-skills.resolver.js';
import { NotificationPreferencesResolver } from './notifications.resolver.js';

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
