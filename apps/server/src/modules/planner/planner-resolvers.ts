import { AfterShiftReportFieldsResolver } from './resolvers/after-shift-report-fields.resolver.js';
import { CertificationFieldsResolver } from './resolvers/certification-fields.resolver.js';
import { PlannerReviewsResolver } from './resolvers/planner-reviews.resolver.js';
import { PlannerUsersResolver } from './resolvers/planner-users.resolver.js';
import { ShiftFieldsResolver, ShiftOfferFieldsResolver } from './resolvers/shift-fields.resolver.js';
import { ShiftsResolver } from './resolvers/shifts.resolver.js';
import { TimeOffRequestFieldsResolver } from './resolvers/time-off-request-fields.resolver.js';
import { WorkerProfileResolver } from './resolvers/worker-profile.resolver.js';

/** The Planner module's admin operations and the field resolvers of the shared planner types. */
export const plannerResolvers = [
  PlannerUsersResolver,
  WorkerProfileResolver,
  ShiftsResolver,
  PlannerReviewsResolver,
  ShiftFieldsResolver,
  ShiftOfferFieldsResolver,
  AfterShiftReportFieldsResolver,
  CertificationFieldsResolver,
  TimeOffRequestFieldsResolver,
] as const;
