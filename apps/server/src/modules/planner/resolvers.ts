import { AfterShiftReportFieldsResolver } from './resolvers/after-shift-report-fields.resolver.js';
import { CertificationFieldsResolver } from './resolvers/certification-fields.resolver.js';
import { ReviewsResolver } from './resolvers/reviews.resolver.js';
import { WorkersResolver } from './resolvers/workers.resolver.js';
import { ShiftFieldsResolver, ShiftOfferFieldsResolver } from './resolvers/shift-fields.resolver.js';
import { ShiftsResolver } from './resolvers/shifts.resolver.js';
import { TimeOffRequestFieldsResolver } from './resolvers/time-off-request-fields.resolver.js';
import { WorkerProfileResolver } from './resolvers/worker-profile.resolver.js';

/** The Planner module's admin operations and the field resolvers of the shared planner types. */
export const plannerResolvers = [
  WorkersResolver,
  WorkerProfileResolver,
  ShiftsResolver,
  ReviewsResolver,
  ShiftFieldsResolver,
  ShiftOfferFieldsResolver,
  AfterShiftReportFieldsResolver,
  CertificationFieldsResolver,
  TimeOffRequestFieldsResolver,
] as const;
