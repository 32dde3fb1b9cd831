import { ConflictError, NotFoundError } from '../../../kernel/errors.js';
import { isUuid } from '../../../kernel/ids.js';
import { recordAudit } from '../../audit/audit.service.js';
import { ShiftOfferEntity, type OfferStatusValue } from '../../planner/entities/shift-offer.entity.js';
import { ShiftEntity } from '../../planner/entities/shift.entity.js';
import type { UseCaseDeps } from '../../use-case-deps.js';
import { ownOffers } from '../queries/shifts.js';
import { toPortalShift, type OfferWithShift } from '../shift.mapper.js';
import type { PortalShiftType } from '../types/shift.type.js';
import { workerTarget, type Worker } from '../worker.js';

type Answer = Extract<OfferStatusValue, 'ACCEPTED' | 'DECLINED'>;

/** The worker's answer to one of their own offers, while the shift has not started and has room. */
function answerOffer(deps: UseCaseDeps, worker: Worker, offerId: string, answer: Answer): Promise<PortalShiftType> {
  return deps.dataSource.transaction(async (manager) => {
    if (!isUuid(offerId)) throw new NotFoundError('Shift offer');
    const found = await ownOffers(manager, worker, { includeCancelled: true }).andWhere('offer.id = :offerId', { offerId }).getOne();
    if (!found) throw new NotFoundError('Shift offer');
    // Locking the shift queues concurrent answers to it, so two workers cannot both take the last place.
    const shift = await manager
      .getRepository(ShiftEntity)
      .createQueryBuilder('shift')
      .setLock('pessimistic_write')
      .where('shift.id = :id', { id: found.shiftId })
      .getOneOrFail();
    const offer = (await manager.findOneByOrFail(ShiftOfferEntity, { id: found.id })) as OfferWithShift;
    offer.shift = Object.assign(shift, { requiredSkill: (found as OfferWithShift).shift.requiredSkill });

    if (shift.cancelledAt) throw new ConflictError('This shift was cancelled', { reason: 'SHIFT_CANCELLED' });
    if (offer.status === 'WITHDRAWN') throw new ConflictError('The scheduler withdrew this offer', { reason: 'OFFER_WITHDRAWN' });
    if (shift.startsAt.getTime() <= Date.now()) throw new ConflictError('This shift has already started', { reason: 'SHIFT_STARTED' });
    if (offer.status === answer) return toPortalShift(offer);
    if (answer === 'ACCEPTED') {
      const filled = await manager.countBy(ShiftOfferEntity, { shiftId: shift.id, status: 'ACCEPTED' });
      if (filled >= shift.headcount) throw new ConflictError('This shift is already filled', { reason: 'SHIFT_FILLED' });
    }

    const before = offer.status;
    offer.status = answer;
    offer.respondedAt = new Date();
    await manager.update(ShiftOfferEntity, { id: offer.id }, { status: offer.status, respondedAt: offer.respondedAt });
    await recordAudit(manager, worker.actor, {
      action: answer === 'ACCEPTED' ? 'portal.shift_offer.accept' : 'portal.shift_offer.decline',
      ...workerTarget(worker),
      before: { offerId: offer.id, shiftId: shift.id, status: before },
      after: { offerId: offer.id, shiftId: shift.id, title: shift.title, status: offer.status },
    });
    return toPortalShift(offer);
  });
}

export const acceptShiftOffer = (deps: UseCaseDeps, worker: Worker, offerId: string): Promise<PortalShiftType> => answerOffer(deps, worker, offerId, 'ACCEPTED');

export const declineShiftOffer = (deps: UseCaseDeps, worker: Worker, offerId: string): Promise<PortalShiftType> => answerOffer(deps, worker, offerId, 'DECLINED');
