import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { BadUserInputError, NotFoundError } from '../../kernel/errors.js';
import { isUuid } from '../../kernel/ids.js';
import type { PlannerUserFilterInput } from './dto/planner-user.inputs.js';
import type { ShiftFilterInput } from './dto/shift.inputs.js';
import { AfterShiftReportEntity } from './entities/after-shift-report.entity.js';
import { ShiftEntity } from './entities/shift.entity.js';
import { SkillEntity } from './entities/skill.entity.js';
import { TimeOffRequestEntity } from './entities/time-off-request.entity.js';
import { WorkerCertificationEntity } from './entities/worker-certification.entity.js';
import { toAfterShiftReport, toCertification, toShift, toSkill, toTimeOffRequest } from './planner.mappers.js';
import { getPlannerUser, listPlannerUsers } from './planner-users.query.js';
import type { AfterShiftReportType } from './types/after-shift-report.type.js';
import type { CertificationType } from './types/certification.type.js';
import type { ReportStatus, TimeOffStatus } from './types/planner-enums.type.js';
import type { ShiftType } from './types/shift.type.js';
import type { SkillType } from './types/skill.type.js';
import type { TimeOffRequestType } from './types/time-off-request.type.js';
import { loadWorkerProfile } from './worker-profile.query.js';

/** The admin side's reads. Related rows (offers, workers, proofs) are left to the request's loaders. */
export class PlannerQueryService {
  constructor(private readonly dataSource: DataSource) {}

  plannerUsers = (tenantId: string, options: { filter?: PlannerUserFilterInput | null; first: number; after?: string | null }) =>
    listPlannerUsers(this.dataSource, tenantId, options);

  plannerUser = (tenantId: string, id: string) => getPlannerUser(this.dataSource, tenantId, id);

  workerProfile = (tenantId: string, userId: string) => loadWorkerProfile(this.dataSource, tenantId, userId);

  async skills(tenantId: string): Promise<SkillType[]> {
    const rows = await this.dataSource.getRepository(SkillEntity).createQueryBuilder('skill').where('skill.tenant_id = :tenantId', { tenantId }).orderBy('lower(skill.name)').getMany();
    return rows.map(toSkill);
  }

  async skill(tenantId: string, id: string): Promise<SkillType> {
    return toSkill(await this.one(SkillEntity, 'Skill', tenantId, id));
  }

  async shifts(tenantId: string, filter: ShiftFilterInput | null | undefined): Promise<ShiftType[]> {
    const from = filter?.from ?? new Date();
    const to = filter?.to ?? null;
    if (to && to.getTime() <= from.getTime()) throw new BadUserInputError('filter.to', 'The end of the range must be after its start');
    const query = this.dataSource
      .getRepository(ShiftEntity)
      .createQueryBuilder('shift')
      .where('shift.tenant_id = :tenantId AND shift.ends_at > :from', { tenantId, from });
    if (to) query.andWhere('shift.starts_at < :to', { to });
    if (!filter?.includeCancelled) query.andWhere('shift.cancelled_at IS NULL');
    const rows = await query.orderBy('shift.starts_at', 'ASC').addOrderBy('shift.id', 'ASC').getMany();
    return rows.map(toShift);
  }

  async shift(tenantId: string, id: string): Promise<ShiftType> {
    return toShift(await this.one(ShiftEntity, 'Shift', tenantId, id));
  }

  async afterShiftReports(tenantId: string, status: ReportStatus | null | undefined): Promise<AfterShiftReportType[]> {
    const query = this.dataSource.getRepository(AfterShiftReportEntity).createQueryBuilder('report').where('report.tenant_id = :tenantId', { tenantId });
    if (status) query.andWhere('report.status = :status', { status });
    const rows = await query.orderBy('report.submitted_at', 'DESC').addOrderBy('report.id', 'DESC').getMany();
    return rows.map(toAfterShiftReport);
  }

  async afterShiftReport(tenantId: string, id: string): Promise<AfterShiftReportType> {
    return toAfterShiftReport(await this.one(AfterShiftReportEntity, 'After-shift report', tenantId, id));
  }

  /** Waiting for review, the longest-waiting upload first; workers who left are not listed. */
  async certificationsToReview(tenantId: string): Promise<CertificationType[]> {
    const rows = await this.dataSource
      .getRepository(WorkerCertificationEntity)
      .createQueryBuilder('certification')
      .innerJoin('user_account', 'worker', 'worker.id = certification.user_id AND worker.deleted_at IS NULL')
      .addSelect('(SELECT max(proof.uploaded_at) FROM certification_proof proof WHERE proof.certification_id = certification.id)', 'last_upload')
      .where("certification.tenant_id = :tenantId AND certification.status = 'PENDING_REVIEW'", { tenantId })
      .orderBy('last_upload', 'ASC', 'NULLS FIRST')
      .addOrderBy('certification.id', 'ASC')
      .getMany();
    return rows.map((row) => toCertification(row));
  }

  async certification(tenantId: string, id: string): Promise<CertificationType> {
    return toCertification(await this.one(WorkerCertificationEntity, 'Certification', tenantId, id));
  }

  async timeOffRequests(tenantId: string, status: TimeOffStatus | null | undefined): Promise<TimeOffRequestType[]> {
    const query = this.dataSource
      .getRepository(TimeOffRequestEntity)
      .createQueryBuilder('request')
      .innerJoin('user_account', 'worker', 'worker.id = request.user_id AND worker.deleted_at IS NULL')
      .where('request.tenant_id = :tenantId', { tenantId });
    if (status) query.andWhere('request.status = :status', { status });
    const rows = await query.orderBy('request.created_at', 'ASC').addOrderBy('request.id', 'ASC').getMany();
    return rows.map(toTimeOffRequest);
  }

  async timeOffRequest(tenantId: string, id: string): Promise<TimeOffRequestType> {
    return toTimeOffRequest(await this.one(TimeOffRequestEntity, 'Time-off request', tenantId, id));
  }

  private async one<T extends ObjectLiteral>(entity: EntityTarget<T>, what: string, tenantId: string, id: string): Promise<T> {
    if (!isUuid(id)) throw new NotFoundError(what);
    const row = await this.dataSource.getRepository(entity).createQueryBuilder('record').where('record.id = :id AND record.tenant_id = :tenantId', { id, tenantId }).getOne();
    if (!row) throw new NotFoundError(what);
    return row;
  }
}
