import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { ShiftOfferEntity } from '../../planner/entities/shift-offer.entity.js';
import { toPortalShift, type OfferWithShift } from '../shift.mapper.js';
import type { PortalShiftType } from '../types/shift.type.js';
import type { Worker } from '../worker.js';

/** This worker's offers in this tenant, with their shifts, by start: nobody else's row can match. */
export function ownOffers(manager: EntityManager, worker: Worker, options = { includeCancelled: false }): SelectQueryBuilder<ShiftOfferEntity> {
  return manager
    .getRepository(ShiftOfferEntity)
    .createQueryBuilder('offer')
    .innerJoinAndSelect('offer.shift', 'shift', options.includeCancelled ? undefined : 'shift.cancelled_at IS NULL')
    .leftJoinAndSelect('shift.requiredSkill', 'skill')
    .where('offer.tenant_id = :tenantId AND offer.user_id = :userId', { tenantId: worker.tenantId, userId: worker.userId })
    .orderBy('shift.starts_at', 'ASC')
    .addOrderBy('offer.id', 'ASC');
}

/**
 * My Shifts: offers still open for an answer (not started yet) and accepted shifts not over yet; with
 * `includePast`, every offered and accepted shift. Cancelled shifts drop out: the worker is told by mail.
 */
export async function listShifts(dataSource: DataSource, worker: Worker, includePast: boolean): Promise<PortalShiftType[]> {
  const query = ownOffers(dataSource.manager, worker).andWhere("offer.status IN ('OFFERED', 'ACCEPTED')");
  if (!includePast) {
    query.andWhere("((offer.status = 'OFFERED' AND shift.starts_at > now()) OR (offer.status = 'ACCEPTED' AND shift.ends_at > now()))");
  }
  return (await query.getMany()).map((offer) => toPortalShift(offer as OfferWithShift));
}

/** Accepted shifts that have ended and have no report from this worker yet. */
export async function listPendingReports(dataSource: DataSource, worker: Worker): Promise<PortalShiftType[]> {
  const offers = await ownOffers(dataSource.manager, worker)
    .andWhere("offer.status = 'ACCEPTED' AND shift.ends_at <= now()")
    .andWhere('NOT EXISTS (SELECT 1 FROM after_shift_report report WHERE report.shift_id = shift.id AND report.user_id = offer.user_id)')
    .getMany();
  return offers.map((offer) => toPortalShift(offer as OfferWithShift));
}
