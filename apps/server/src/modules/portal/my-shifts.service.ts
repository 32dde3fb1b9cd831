import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { ConflictError, NotFoundError } from '../../kernel/errors.js';
import { isUuid } from '../../kernel/ids.js';
import { recordAudit } from '../audit/audit.service.js';
import { ShiftOfferEntity, type OfferStatusValue } from '../planner/entities/shift-offer.entity.js';
import { ShiftEntity } from '../planner/entities/shift.entity.js';
import { toPortalShift, type OfferWithShift } from './portal-shift.mapper.js';
import type { PortalShiftType } from './portal-shift.type.js';
import { workerTarget, type Worker } from './worker.js';

type Answer = Extract<OfferStatusValue, 'ACCEPTED' | 'DECLINED'>;

/** My Shifts: the worker's own offers, and their answers to them. */
export class MyShiftsService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Offers still open for an answer (not started yet) and accepted shifts not over yet; with
   * `includePast`, every offered and accepted shift. Cancelled shifts drop out: the worker is told by mail.
   */
  async list(worker: Worker, includePast: boolean): Promise<PortalShiftType[]> {
    const query = this.offers(this.dataSource.manager, worker).andWhere("offer.status IN ('OFFERED', 'ACCEPTED')");
    if (!includePast) {
      query.andWhere("((offer.status = 'OFFERED' AND shift.starts_at > now()) OR (offer.status = 'ACCEPTED' AND shift.ends_at > now()))");
    }
    return (await query.getMany()).map((offer) => toPortalShift(offer as OfferWithShift));
  }

  /** Accepted shifts that have ended and have no report from this worker yet. */
  async pendingReports(worker: Worker): Promise<PortalShiftType[]> {
    const offers = await this.offers(this.dataSource.manager, worker)
      .andWhere("offer.status = 'ACCEPTED' AND shift.ends_at <= now()")
      .andWhere('NOT EXISTS (SELECT 1 FROM after_shift_report report WHERE report.shift_id = shift.id AND report.user_id = offer.user_id)')
      .getMany();
    return offers.map((offer) => toPortalShift(offer as OfferWithShift));
  }

  accept(worker: Worker, offerId: string): Promise<PortalShiftType> {
    return this.answer(worker, offerId, 'ACCEPTED');
  }

  decline(worker: Worker, offerId: string): Promise<PortalShiftType> {
    return this.answer(worker, offerId, 'DECLINED');
  }

  private answer(worker: Worker, offerId: string, answer: Answer): Promise<PortalShiftType> {
    return this.dataSource.transaction(async (manager) => {
      if (!isUuid(offerId)) throw new NotFoundError('Shift offer');
      const found = await this.offers(manager, worker, { includeCancelled: true }).andWhere('offer.id = :offerId', { offerId }).getOne();
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

  /** This worker's offers in this tenant, with their shifts, by start: nobody else's row can match. */
  private offers(manager: EntityManager, worker: Worker, options = { includeCancelled: false }): SelectQueryBuilder<ShiftOfferEntity> {
    return manager
      .getRepository(ShiftOfferEntity)
      .createQueryBuilder('offer')
      .innerJoinAndSelect('offer.shift', 'shift', options.includeCancelled ? undefined : 'shift.cancelled_at IS NULL')
      .leftJoinAndSelect('shift.requiredSkill', 'skill')
      .where('offer.tenant_id = :tenantId AND offer.user_id = :userId', { tenantId: worker.tenantId, userId: worker.userId })
      .orderBy('shift.starts_at', 'ASC')
      .addOrderBy('offer.id', 'ASC');
  }
}
