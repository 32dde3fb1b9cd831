import { ConflictError } from '../../../kernel/errors.js';
import type { Actor } from '../../audit/actor.js';
import type { UseCaseDeps } from '../../use-case-deps.js';
import { UserEntity } from '../../users/user.entity.js';
import { TimeOffRequestEntity } from '../entities/time-off-request.entity.js';
import { daysBetween } from '../local-date.js';
import { notifyWorker } from '../notifications.js';
import { optionalNote, requiredText } from '../input-checks.js';
import { auditWorkerChange, lockTenantRow } from '../records.js';

type Verdict = { approved: true; note: string | null } | { approved: false; reason: string };

/** Approval turns every day of the request into unavailability (days already blocked stay as they are). */
function decide(deps: UseCaseDeps, actor: Actor, id: string, verdict: Verdict): Promise<string> {
  return deps.dataSource.transaction(async (manager) => {
    const request = await lockTenantRow(manager, TimeOffRequestEntity, 'Time-off request', actor.tenantId, id);
    if (request.status !== 'PENDING') {
      throw new ConflictError(`This request is already ${request.status.toLowerCase()}`, { reason: 'NOT_PENDING', status: request.status });
    }
    const worker = await manager.findOneOrFail(UserEntity, { where: { id: request.userId }, withDeleted: true });
    request.status = verdict.approved ? 'APPROVED' : 'REJECTED';
    request.reviewNote = verdict.approved ? verdict.note : verdict.reason;
    request.reviewedBy = actor.userId;
    request.reviewedAt = new Date();
    await manager.save(request);
    let daysBlocked = 0;
    if (verdict.approved) {
      const inserted: unknown[] = await manager.query(
        `INSERT INTO unavailable_day (tenant_id, user_id, day, source, time_off_request_id)
         SELECT $1, $2, day, 'TIME_OFF', $3 FROM unnest($4::date[]) AS day
         ON CONFLICT (user_id, day) DO NOTHING RETURNING id`,
        [request.tenantId, request.userId, request.id, daysBetween(request.startDate, request.endDate)],
      );
      daysBlocked = inserted.length;
    }
    await auditWorkerChange(manager, actor, verdict.approved ? 'planner.time_off.approve' : 'planner.time_off.reject', worker, { status: 'PENDING' }, {
      requestId: request.id,
      startDate: request.startDate,
      endDate: request.endDate,
      status: request.status,
      reviewNote: request.reviewNote,
      ...(verdict.approved ? { daysBlocked } : {}),
    });
    const period = request.startDate === request.endDate ? request.startDate : `${request.startDate} to ${request.endDate}`;
    await notifyWorker(manager, deps.mailer, request.userId, 'TIME_OFF_REVIEWED', {
      subject: `Time off ${verdict.approved ? 'approved' : 'not approved'}: ${period}`,
      lines: verdict.approved
        ? [`Your time off for ${period} was approved.`, ...(verdict.note ? ['', `Note: ${verdict.note}`] : [])]
        : [`Your time off for ${period} was not approved: ${verdict.reason}`],
    });
    return request.id;
  });
}

export const approveTimeOff = (deps: UseCaseDeps, actor: Actor, id: string, note: string | null | undefined) =>
  decide(deps, actor, id, { approved: true, note: optionalNote('note', note, 1000) });

export const rejectTimeOff = (deps: UseCaseDeps, actor: Actor, id: string, reason: string) =>
  decide(deps, actor, id, { approved: false, reason: requiredText('reason', reason, 1000) });
