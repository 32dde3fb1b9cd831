import type { DataSource, EntityManager } from 'typeorm';
import { BadUserInputError, ConflictError, NotFoundError } from '../../kernel/errors.js';
import { isUuid } from '../../kernel/ids.js';
import { recordAudit } from '../audit/audit.service.js';
import { AfterShiftReportEntity } from '../planner/entities/after-shift-report.entity.js';
import { ShiftOfferEntity } from '../planner/entities/shift-offer.entity.js';
import type { ReportStatus } from '../planner/types/enums.type.js';
import type { AfterShiftReportInput } from './dto/portal.inputs.js';
import { toPortalShift, type OfferWithShift } from './portal-shift.mapper.js';
import type { MyAfterShiftReportType } from './portal-shift.type.js';
import { optionalNote } from '../planner/input-checks.js';
import { isUniqueViolation } from '../../db/unique-violation.js';
import { workerTarget, type Worker } from './worker.js';

const TEXT_LIMIT = 5000;
const ALREADY_SUBMITTED = () => new ConflictError('You already reported on this shift', { reason: 'REPORT_ALREADY_SUBMITTED' });

function toMyReport(report: AfterShiftReportEntity, offer: OfferWithShift): MyAfterShiftReportType {
  return {
    id: report.id,
    shift: toPortalShift(offer),
    hoursWorked: Number(report.hoursWorked),
    notes: report.notes,
    incidents: report.incidents,
    submittedAt: report.submittedAt,
    status: report.status as ReportStatus,
    reviewNote: report.reviewNote,
  };
}

/** After-Shift Reports: one per accepted shift, once it has ended. */
export class MyReportsService {
  constructor(private readonly dataSource: DataSource) {}

  /** Newest first. */
  async list(worker: Worker): Promise<MyAfterShiftReportType[]> {
    const reports = await this.dataSource
      .getRepository(AfterShiftReportEntity)
      .createQueryBuilder('report')
      .where('report.tenant_id = :tenantId AND report.user_id = :userId', { tenantId: worker.tenantId, userId: worker.userId })
      .orderBy('report.submitted_at', 'DESC')
      .addOrderBy('report.id', 'DESC')
      .getMany();
    if (reports.length === 0) return [];
    const offers = await this.ownOffers(this.dataSource.manager, worker, reports.map((report) => report.shiftId));
    return reports.flatMap((report) => {
      const offer = offers.get(report.shiftId);
      return offer ? [toMyReport(report, offer)] : [];
    });
  }

  submit(worker: Worker, input: AfterShiftReportInput): Promise<MyAfterShiftReportType> {
    const hours = input.hoursWorked;
    if (!Number.isFinite(hours) || hours <= 0 || hours > 24) {
      throw new BadUserInputError('hoursWorked', 'Hours worked must be more than 0 and at most 24');
    }
    const notes = optionalNote('notes', input.notes, TEXT_LIMIT);
    const incidents = optionalNote('incidents', input.incidents, TEXT_LIMIT);
    return this.dataSource
      .transaction(async (manager) => {
        if (!isUuid(input.shiftId)) throw new NotFoundError('Shift');
        const offer = (await this.ownOffers(manager, worker, [input.shiftId])).get(input.shiftId);
        if (!offer) throw new NotFoundError('Shift');
        if (offer.status !== 'ACCEPTED' || offer.shift.cancelledAt) {
          throw new ConflictError('You can report only on shifts you accepted and worked', { reason: 'SHIFT_NOT_ACCEPTED' });
        }
        if (offer.shift.endsAt.getTime() > Date.now()) {
          throw new ConflictError('You can report on this shift once it has ended', { reason: 'SHIFT_NOT_ENDED' });
        }
        if (await manager.existsBy(AfterShiftReportEntity, { shiftId: offer.shiftId, userId: worker.userId })) throw ALREADY_SUBMITTED();
        const report = await manager.save(
          manager.create(AfterShiftReportEntity, {
            tenantId: worker.tenantId,
            shiftId: offer.shiftId,
            userId: worker.userId,
            hoursWorked: hours.toFixed(2),
            notes,
            incidents,
          }),
        );
        await recordAudit(manager, worker.actor, {
          action: 'portal.report.submit',
          ...workerTarget(worker),
          after: { reportId: report.id, shiftId: offer.shiftId, title: offer.shift.title, hoursWorked: Number(report.hoursWorked) },
        });
        const stored = await manager.findOneByOrFail(AfterShiftReportEntity, { id: report.id });
        return toMyReport(stored, offer);
      })
      .catch((error: unknown) => {
        // Two submissions at once: the unique index lets one in, the other gets the same answer as a resubmission.
        throw isUniqueViolation(error) ? ALREADY_SUBMITTED() : error;
      });
  }

  /** This worker's offers for the given shifts, by shift id. */
  private async ownOffers(manager: EntityManager, worker: Worker, shiftIds: string[]): Promise<Map<string, OfferWithShift>> {
    const offers = await manager
      .getRepository(ShiftOfferEntity)
      .createQueryBuilder('offer')
      .innerJoinAndSelect('offer.shift', 'shift')
      .leftJoinAndSelect('shift.requiredSkill', 'skill')
      .where('offer.tenant_id = :tenantId AND offer.user_id = :userId', { tenantId: worker.tenantId, userId: worker.userId })
      .andWhere('offer.shift_id = ANY(:shiftIds)', { shiftIds })
      .getMany();
    return new Map(offers.map((offer) => [offer.shiftId, offer as OfferWithShift]));
  }
}
