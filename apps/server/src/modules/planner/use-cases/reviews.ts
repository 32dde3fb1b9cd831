import { ConflictError } from '../../../kernel/errors.js';
import type { Actor } from '../../audit/actor.js';
import type { UseCaseDeps } from '../../use-case-deps.js';
import { AfterShiftReportEntity } from '../entities/after-shift-report.entity.js';
import { UserEntity } from '../../users/user.entity.js';
import { optionalNote } from '../input-checks.js';
import { auditWorkerChange, lockTenantRow } from '../records.js';

/** Marks a submitted after-shift report as reviewed, with an optional note the worker sees. */
export function reviewAfterShiftReport(deps: UseCaseDeps, actor: Actor, id: string, rawNote: string | null | undefined): Promise<string> {
  const note = optionalNote('note', rawNote, 1000);
  return deps.dataSource.transaction(async (manager) => {
    const report = await lockTenantRow(manager, AfterShiftReportEntity, 'After-shift report', actor.tenantId, id);
    if (report.status === 'REVIEWED') throw new ConflictError('This report has already been reviewed', { reason: 'ALREADY_REVIEWED' });
    const worker = await manager.findOneOrFail(UserEntity, { where: { id: report.userId }, withDeleted: true });
    report.status = 'REVIEWED';
    report.reviewNote = note;
    report.reviewedBy = actor.userId;
    report.reviewedAt = new Date();
    await manager.save(report);
    await auditWorkerChange(manager, actor, 'planner.report.review', worker, { status: 'SUBMITTED' }, { reportId: report.id, status: report.status, reviewNote: note });
    return report.id;
  });
}
