import { BadUserInputError, ConflictError, NotFoundError } from '../../../kernel/errors.js';
import { isUuid } from '../../../kernel/ids.js';
import type { Actor } from '../../audit/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import type { UseCaseDeps } from '../../use-case-deps.js';
import { UserEntity } from '../../users/user.entity.js';
import { ShiftOfferEntity } from '../entities/shift-offer.entity.js';
import { ShiftEntity } from '../entities/shift.entity.js';
import { notifyWorker } from '../notifications.js';
import { lockTenantRow } from '../records.js';
import { describeShift } from '../shift-wording.js';
import { assertOfferable, refusals } from './offers.js';

/**
 * Puts a worker on a shift without asking: an accepted offer, as if they had said yes. The shift and
 * the worker must pass the same checks as an offer (open shift with room; planner user, active,
 * skilled, not unavailable that day), and the worker is emailed like an offer (same preference).
 */
export function assignShift(deps: UseCaseDeps, actor: Actor, shiftId: string, userId: string): Promise<string> {
  return deps.dataSource.transaction(async (manager) => {
    const shift = await lockTenantRow(manager, ShiftEntity, 'Shift', actor.tenantId, shiftId);
    if (!isUuid(userId)) throw new NotFoundError('User');
    const worker = await manager
      .getRepository(UserEntity)
      .createQueryBuilder('user')
      .withDeleted()
      .where('user.tenant_id = :tenantId AND user.id = :userId', { tenantId: actor.tenantId, userId })
      .getOne();
    if (!worker) throw new NotFoundError('User');
    const offer = await manager.findOneBy(ShiftOfferEntity, { shiftId: shift.id, userId: worker.id });
    if (offer?.status === 'ACCEPTED') throw new ConflictError('This worker already has this shift', { reason: 'ALREADY_ASSIGNED' });
    await assertOfferable(manager, shift);
    const [refusal] = await refusals(manager, shift, [worker]);
    if (refusal) {
      throw new BadUserInputError('userId', `The shift cannot be assigned: ${refusal.message}`, { reason: 'ASSIGN_REFUSED', refusals: [refusal] });
    }

    const now = new Date();
    const before = offer ? { status: offer.status } : null;
    await manager.save(
      offer
        ? Object.assign(offer, { status: 'ACCEPTED', respondedAt: now })
        : manager.create(ShiftOfferEntity, { tenantId: actor.tenantId, shiftId: shift.id, userId: worker.id, status: 'ACCEPTED', offeredAt: now, respondedAt: now }),
    );
    await notifyWorker(manager, deps.mailer, worker.id, 'SHIFT_OFFERED', {
      subject: `Shift assigned: ${shift.title}`,
      lines: (zone) => [`A scheduler has put you on the shift ${describeShift(shift, zone)}.`, '', 'It is in the worker portal under My Shifts. If you cannot work it, tell your scheduler.'],
    });
    await recordAudit(manager, actor, {
      action: 'planner.shift.assign',
      targetType: 'shift',
      targetId: shift.id,
      targetLabel: shift.title,
      before: before && { ...before, userId: worker.id },
      after: { status: 'ACCEPTED', userId: worker.id },
    });
    return shift.id;
  });
}
