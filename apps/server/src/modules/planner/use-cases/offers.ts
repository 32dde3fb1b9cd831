import type { EntityManager } from 'typeorm';
import { BadUserInputError, ConflictError, NotFoundError } from '../../../kernel/errors.js';
import { isUuid } from '../../../kernel/ids.js';
import type { Actor } from '../../audit/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import type { UseCaseDeps } from '../../use-case-deps.js';
import { displayName } from '../../users/display-name.js';
import { UserEntity } from '../../users/user.entity.js';
import { ShiftOfferEntity } from '../entities/shift-offer.entity.js';
import { ShiftEntity } from '../entities/shift.entity.js';
import { SkillEntity } from '../entities/skill.entity.js';
import { daysTouched } from '../local-date.js';
import { effectiveTimeZonesOf } from '../../users/time-zones.js';
import { notifyWorker } from '../notifications.js';
import { lockTenantRow } from '../records.js';
import { isPlannerUser } from '../mappers/worker.mapper.js';
import { describeShift } from '../shift-wording.js';

const MAX_WORKERS_PER_OFFER = 100;

export interface Refusal {
  userId: string;
  reason: 'NOT_A_PLANNER_USER' | 'INACTIVE' | 'MISSING_SKILL' | 'UNAVAILABLE';
  message: string;
}

/** The shift must still be open to offers: not cancelled, not started, not already full. */
export async function assertOfferable(manager: EntityManager, shift: ShiftEntity): Promise<void> {
  if (shift.cancelledAt) throw new ConflictError('This shift is cancelled', { reason: 'SHIFT_CANCELLED' });
  if (shift.startsAt.getTime() <= Date.now()) throw new ConflictError('This shift has already started', { reason: 'SHIFT_STARTED' });
  const filled = await manager.countBy(ShiftOfferEntity, { shiftId: shift.id, status: 'ACCEPTED' });
  if (filled >= shift.headcount) {
    throw new ConflictError(`This shift is already filled (${filled} of ${shift.headcount})`, { reason: 'SHIFT_FILLED' });
  }
}

/** Why each worker cannot take the shift, if they cannot: checked for everyone before anything is offered. */
export async function refusals(manager: EntityManager, shift: ShiftEntity, workers: UserEntity[]): Promise<Refusal[]> {
  const ids = workers.map((worker) => worker.id);
  // Unavailable days are days on each worker's own calendar, so the shift's days are read in their zone.
  const zones = await effectiveTimeZonesOf(manager, shift.tenantId, ids);
  const daysOf = new Map(ids.map((id) => [id, daysTouched(shift.startsAt, shift.endsAt, zones.get(id)!)]));
  const days = [...new Set([...daysOf.values()].flat())];
  const skill = shift.requiredSkillId ? await manager.findOneBy(SkillEntity, { id: shift.requiredSkillId }) : null;
  const skilled = new Set(
    skill
      ? (await manager.query<Array<{ user_id: string }>>('SELECT user_id FROM worker_skill WHERE skill_id = $1 AND user_id = ANY($2)', [skill.id, ids])).map(
          (row) => row.user_id,
        )
      : ids,
  );
  const unavailable = new Map<string, string>();
  const blocked = await manager.query<Array<{ user_id: string; day: string }>>(
    'SELECT user_id, day::text AS day FROM unavailable_day WHERE user_id = ANY($1) AND day = ANY($2::date[]) ORDER BY day',
    [ids, days],
  );
  for (const row of blocked) if (!unavailable.has(row.user_id) && daysOf.get(row.user_id)?.includes(row.day)) unavailable.set(row.user_id, row.day);

  return workers.flatMap((worker): Refusal[] => {
    const name = displayName(worker);
    if (!isPlannerUser(worker)) return [{ userId: worker.id, reason: 'NOT_A_PLANNER_USER', message: `${name} is not a planner user` }];
    if (!worker.isActive) return [{ userId: worker.id, reason: 'INACTIVE', message: `${name} is deactivated` }];
    if (!skilled.has(worker.id)) {
      return [{ userId: worker.id, reason: 'MISSING_SKILL', message: `${name} lacks the required skill ${skill?.name ?? ''}`.trim() }];
    }
    const day = unavailable.get(worker.id);
    if (day) return [{ userId: worker.id, reason: 'UNAVAILABLE', message: `${name} is unavailable on ${day}` }];
    return [];
  });
}

/**
 * Offers the shift to workers, all or none: if anyone cannot take it, nothing is offered and the
 * error names each person and why. Someone who declined (or whose offer was withdrawn) is offered
 * it again; an open or accepted offer is left as it is. Each newly offered worker is emailed.
 */
export function offerShift(deps: UseCaseDeps, actor: Actor, shiftId: string, rawUserIds: string[]): Promise<string> {
  const userIds = [...new Set(rawUserIds)];
  if (userIds.length === 0) throw new BadUserInputError('userIds', 'Choose at least one worker');
  if (userIds.length > MAX_WORKERS_PER_OFFER) throw new BadUserInputError('userIds', `Offer to at most ${MAX_WORKERS_PER_OFFER} workers at once`);
  return deps.dataSource.transaction(async (manager) => {
    const shift = await lockTenantRow(manager, ShiftEntity, 'Shift', actor.tenantId, shiftId);
    await assertOfferable(manager, shift);
    if (!userIds.every(isUuid)) throw new NotFoundError('User');
    const workers = await manager
      .getRepository(UserEntity)
      .createQueryBuilder('user')
      .withDeleted()
      .where('user.tenant_id = :tenantId AND user.id = ANY(:userIds)', { tenantId: actor.tenantId, userIds })
      .getMany();
    if (workers.length !== userIds.length) throw new NotFoundError('User');
    const refused = await refusals(manager, shift, workers);
    if (refused.length > 0) {
      throw new BadUserInputError('userIds', `The shift cannot be offered: ${refused.map((refusal) => refusal.message).join('; ')}`, {
        reason: 'OFFER_REFUSED',
        refusals: refused,
      });
    }

    const existing = new Map((await manager.findBy(ShiftOfferEntity, { shiftId: shift.id })).map((offer) => [offer.userId, offer]));
    const offeredTo: string[] = [];
    const alreadyOffered: string[] = [];
    const byId = new Map(workers.map((worker) => [worker.id, worker]));
    const inRequestOrder = userIds.flatMap((id) => byId.get(id) ?? []);
    for (const worker of inRequestOrder) {
      const offer = existing.get(worker.id);
      if (offer && (offer.status === 'OFFERED' || offer.status === 'ACCEPTED')) {
        alreadyOffered.push(worker.id);
        continue;
      }
      const now = new Date();
      await manager.save(
        offer
          ? Object.assign(offer, { status: 'OFFERED', offeredAt: now, respondedAt: null })
          : manager.create(ShiftOfferEntity, { tenantId: actor.tenantId, shiftId: shift.id, userId: worker.id, status: 'OFFERED', offeredAt: now }),
      );
      offeredTo.push(worker.id);
      await notifyWorker(manager, deps.mailer, worker.id, 'SHIFT_OFFERED', {
        subject: `Shift offered: ${shift.title}`,
        lines: (zone) => [`You have been offered the shift ${describeShift(shift, zone)}.`, '', 'What to do next: accept or decline it in the worker portal (My Shifts).'],
      });
    }
    await recordAudit(manager, actor, {
      action: 'planner.shift.offer',
      targetType: 'shift',
      targetId: shift.id,
      targetLabel: shift.title,
      after: { offeredTo, alreadyOffered },
    });
    return shift.id;
  });
}

/** Takes back an open or accepted offer before the shift starts; returns the shift's id. */
export function withdrawShiftOffer(deps: UseCaseDeps, actor: Actor, offerId: string): Promise<string> {
  return deps.dataSource.transaction(async (manager) => {
    const offer = await lockTenantRow(manager, ShiftOfferEntity, 'Shift offer', actor.tenantId, offerId);
    const shift = await lockTenantRow(manager, ShiftEntity, 'Shift', actor.tenantId, offer.shiftId);
    if (offer.status !== 'OFFERED' && offer.status !== 'ACCEPTED') {
      throw new ConflictError(`This offer was already ${offer.status.toLowerCase()}`, { reason: 'OFFER_CLOSED', status: offer.status });
    }
    if (shift.startsAt.getTime() <= Date.now()) throw new ConflictError('This shift has already started', { reason: 'SHIFT_STARTED' });
    const before = { status: offer.status };
    offer.status = 'WITHDRAWN';
    offer.respondedAt = null;
    await manager.save(offer);
    await recordAudit(manager, actor, {
      action: 'planner.shift.withdraw_offer',
      targetType: 'shift',
      targetId: shift.id,
      targetLabel: shift.title,
      before: { ...before, userId: offer.userId },
      after: { status: offer.status, userId: offer.userId },
    });
    return shift.id;
  });
}
