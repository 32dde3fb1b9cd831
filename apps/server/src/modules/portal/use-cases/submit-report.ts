import { BadUserInputError, ConflictError, NotFoundError } from '../../../kernel/errors.js';
import { isUuid } from '../../../kernel/ids.js';
import { isUniqueViolation } from '../../../db/unique-violation.js';
import { recordAudit } from '../../audit/audit.service.js';
import { AfterShiftReportEntity } from '../../planner/entities/after-shift-report.entity.js';
import { optionalNote } from '../../planner/input-checks.js';
import type { UseCaseDeps } from '../../use-case-deps.js';
import type { AfterShiftReportInput } from '../dto/after-shift-report.input.js';
import { ownOffersFor } from '../queries/reports.js';
import { toMyReport } from '../shift.mapper.js';
import type { MyAfterShiftReportType } from '../types/report.type.js';
import { workerTarget, type Worker } from '../worker.js';

const TEXT_LIMIT = 5000;
const ALREADY_SUBMITTED = () => new ConflictError('You already reported on this shift', { reason: 'REPORT_ALREADY_SUBMITTED' });

/** One report per accepted shift, once it has ended. */
export function submitAfterShiftReport(deps: UseCaseDeps, worker: Worker, input: AfterShiftReportInput): Promise<MyAfterShiftReportType> {
  const hours = input.hoursWorked;
  if (!Number.isFinite(hours) || hours <= 0 || hours > 24) {
    throw new BadUserInputError('hoursWorked', 'Hours worked must be more than 0 and at most 24');
  }
  const notes = optionalNote('notes', input.notes, TEXT_LIMIT);
  const incidents = optionalNote('incidents', input.incidents, TEXT_LIMIT);
  return deps.dataSource
    .transaction(async (manager) => {
      if (!isUuid(input.shiftId)) throw new NotFoundError('Shift');
      const offer = (await ownOffersFor(manager, worker, [input.shiftId])).get(input.shiftId);
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
