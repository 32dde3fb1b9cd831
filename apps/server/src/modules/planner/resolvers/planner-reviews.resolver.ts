import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../../graphql/context.js';
import { RequiresPermission } from '../../../graphql/directives.js';
import { actorOf } from '../../audit/actor.js';
import { tenantOf } from '../../users/users.resolver.js';
import { AfterShiftReportType } from '../types/after-shift-report.type.js';
import { CertificationType } from '../types/certification.type.js';
import { ReportStatus, TimeOffStatus } from '../types/planner-enums.type.js';
import { TimeOffRequestType } from '../types/time-off-request.type.js';

/** What schedulers review: after-shift reports, certification proofs, time-off requests. */
@Resolver()
export class PlannerReviewsResolver {
  @RequiresPermission('planner.reports.review')
  @Query(() => [AfterShiftReportType], { description: 'After-shift reports, newest first.' })
  afterShiftReports(
    @Arg('status', () => ReportStatus, { nullable: true }) status: ReportStatus | null,
    @Ctx() context: Context,
  ): Promise<AfterShiftReportType[]> {
    return context.services.planner.query.afterShiftReports(tenantOf(context), status);
  }

  @RequiresPermission('planner.reports.review')
  @Mutation(() => AfterShiftReportType)
  async reviewAfterShiftReport(
    @Arg('id', () => ID) id: string,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() context: Context,
  ): Promise<AfterShiftReportType> {
    const reportId = await context.services.planner.admin.reviewAfterShiftReport(actorOf(context.principal, context.origin), id, note);
    return context.services.planner.query.afterShiftReport(tenantOf(context), reportId);
  }

  @RequiresPermission('planner.certifications.approve')
  @Query(() => [CertificationType], { description: 'Certifications with proof waiting for review, oldest upload first.' })
  certificationsToReview(@Ctx() context: Context): Promise<CertificationType[]> {
    return context.services.planner.query.certificationsToReview(tenantOf(context));
  }

  @RequiresPermission('planner.certifications.approve')
  @Mutation(() => CertificationType)
  async approveCertification(
    @Arg('id', () => ID) id: string,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() context: Context,
  ): Promise<CertificationType> {
    const certificationId = await context.services.planner.admin.approveCertification(actorOf(context.principal, context.origin), id, note);
    return context.services.planner.query.certification(tenantOf(context), certificationId);
  }

  @RequiresPermission('planner.certifications.approve')
  @Mutation(() => CertificationType)
  async rejectCertification(@Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string, @Ctx() context: Context): Promise<CertificationType> {
    const certificationId = await context.services.planner.admin.rejectCertification(actorOf(context.principal, context.origin), id, reason);
    return context.services.planner.query.certification(tenantOf(context), certificationId);
  }

  @RequiresPermission('planner.timeoff.approve')
  @Query(() => [TimeOffRequestType], { description: 'Time-off requests, oldest first.' })
  timeOffRequests(
    @Arg('status', () => TimeOffStatus, { nullable: true }) status: TimeOffStatus | null,
    @Ctx() context: Context,
  ): Promise<TimeOffRequestType[]> {
    return context.services.planner.query.timeOffRequests(tenantOf(context), status);
  }

  @RequiresPermission('planner.timeoff.approve')
  @Mutation(() => TimeOffRequestType, { description: 'Approves time off: every day of it becomes unavailability.' })
  async approveTimeOff(
    @Arg('id', () => ID) id: string,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() context: Context,
  ): Promise<TimeOffRequestType> {
    const requestId = await context.services.planner.admin.approveTimeOff(actorOf(context.principal, context.origin), id, note);
    return context.services.planner.query.timeOffRequest(tenantOf(context), requestId);
  }

  @RequiresPermission('planner.timeoff.approve')
  @Mutation(() => TimeOffRequestType)
  async rejectTimeOff(@Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string, @Ctx() context: Context): Promise<TimeOffRequestType> {
    const requestId = await context.services.planner.admin.rejectTimeOff(actorOf(context.principal, context.origin), id, reason);
    return context.services.planner.query.timeOffRequest(tenantOf(context), requestId);
  }
}
