import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { requireTenant } from '../../auth/principal.js';
import type { Context } from '../../../graphql/context.js';
import { RequiresPermission } from '../../../graphql/directives.js';
import { actorOf } from '../../audit/actor.js';
import { getAfterShiftReport, listAfterShiftReports } from '../queries/after-shift-reports.js';
import { getCertification, listCertificationsToReview } from '../queries/certifications.js';
import { getTimeOffRequest, listTimeOffRequests } from '../queries/time-off-requests.js';
import { AfterShiftReportType } from '../types/after-shift-report.type.js';
import { CertificationType } from '../types/certification.type.js';
import { ReportStatus, TimeOffStatus } from '../types/enums.type.js';
import { TimeOffRequestType } from '../types/time-off-request.type.js';
import { approveCertification, rejectCertification } from '../use-cases/certifications.js';
import { reviewAfterShiftReport } from '../use-cases/reviews.js';
import { approveTimeOff, rejectTimeOff } from '../use-cases/time-off.js';

/** What schedulers review: after-shift reports, certification proofs, time-off requests. */
@Resolver()
export class ReviewsResolver {
  @RequiresPermission('planner.reports.review')
  @Query(() => [AfterShiftReportType], { description: 'After-shift reports, newest first.' })
  afterShiftReports(
    @Arg('status', () => ReportStatus, { nullable: true }) status: ReportStatus | null,
    @Ctx() context: Context,
  ): Promise<AfterShiftReportType[]> {
    return listAfterShiftReports(context.dataSource, requireTenant(context.principal), status);
  }

  @RequiresPermission('planner.reports.review')
  @Mutation(() => AfterShiftReportType)
  async reviewAfterShiftReport(
    @Arg('id', () => ID) id: string,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() context: Context,
  ): Promise<AfterShiftReportType> {
    const reportId = await reviewAfterShiftReport(context.services.deps, actorOf(context.principal, context.origin), id, note);
    return getAfterShiftReport(context.dataSource, requireTenant(context.principal), reportId);
  }

  @RequiresPermission('planner.certifications.approve')
  @Query(() => [CertificationType], { description: 'Certifications with proof waiting for review, oldest upload first.' })
  certificationsToReview(@Ctx() context: Context): Promise<CertificationType[]> {
    return listCertificationsToReview(context.dataSource, requireTenant(context.principal));
  }

  @RequiresPermission('planner.certifications.approve')
  @Mutation(() => CertificationType)
  async approveCertification(
    @Arg('id', () => ID) id: string,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() context: Context,
  ): Promise<CertificationType> {
    const certificationId = await approveCertification(context.services.deps, actorOf(context.principal, context.origin), id, note);
    return getCertification(context.dataSource, requireTenant(context.principal), certificationId);
  }

  @RequiresPermission('planner.certifications.approve')
  @Mutation(() => CertificationType)
  async rejectCertification(@Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string, @Ctx() context: Context): Promise<CertificationType> {
    const certificationId = await rejectCertification(context.services.deps, actorOf(context.principal, context.origin), id, reason);
    return getCertification(context.dataSource, requireTenant(context.principal), certificationId);
  }

  @RequiresPermission('planner.timeoff.approve')
  @Query(() => [TimeOffRequestType], { description: 'Time-off requests, oldest first.' })
  timeOffRequests(
    @Arg('status', () => TimeOffStatus, { nullable: true }) status: TimeOffStatus | null,
    @Ctx() context: Context,
  ): Promise<TimeOffRequestType[]> {
    return listTimeOffRequests(context.dataSource, requireTenant(context.principal), status);
  }

  @RequiresPermission('planner.timeoff.approve')
  @Mutation(() => TimeOffRequestType, { description: 'Approves time off: every day of it becomes unavailability.' })
  async approveTimeOff(
    @Arg('id', () => ID) id: string,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() context: Context,
  ): Promise<TimeOffRequestType> {
    const requestId = await approveTimeOff(context.services.deps, actorOf(context.principal, context.origin), id, note);
    return getTimeOffRequest(context.dataSource, requireTenant(context.principal), requestId);
  }

  @RequiresPermission('planner.timeoff.approve')
  @Mutation(() => TimeOffRequestType)
  async rejectTimeOff(@Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string, @Ctx() context: Context): Promise<TimeOffRequestType> {
    const requestId = await rejectTimeOff(context.services.deps, actorOf(context.principal, context.origin), id, reason);
    return getTimeOffRequest(context.dataSource, requireTenant(context.principal), requestId);
  }
}
