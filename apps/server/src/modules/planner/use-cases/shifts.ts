import { BadUserInputError, ConflictError, NotFoundError } from '../../../kernel/errors.js';
import { isUuid } from '../../../kernel/ids.js';
import type { Actor } from '../../audit/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import type { UseCaseDeps } from '../../use-case-deps.js';
import type { CreateShiftInput } from '../dto/shift.inputs.js';
import { ShiftOfferEntity } from '../entities/shift-offer.entity.js';
import { ShiftEntity } from '../entities/shift.entity.js';
import { SkillEntity } from '../entities/skill.entity.js';
import { notifyWorker } from '../notifications.js';
import { integerBetween, optionalNote, requiredText } from '../input-checks.js';
import { lockTenantRow } from '../records.js';
import { describeShift } from '../shift-wording.js';

/** After-shift reports allow at most 24 hours worked, so a shift is at most one day long. */
const MAX_SHIFT_MS = 24 * 3_600_000;

export function createShift(deps: UseCaseDeps, actor: Actor, input: CreateShiftInput): Promise<string> {
  const title = requiredText('title', input.title, 200);
  const location = requiredText('location', input.location, 200);
  const notes = optionalNote('notes', input.notes, 2000);
  const headcount = integerBetween('headcount', input.headcount, 1, 1000);
  const { startsAt, endsAt } = input;
  if (startsAt.getTime() < Date.now()) throw new BadUserInputError('startsAt', 'The shift would start in the past');
  if (endsAt.getTime() <= startsAt.getTime()) throw new BadUserInputError('endsAt', 'The end must be after the start');
  if (endsAt.getTime() - startsAt.getTime() > MAX_SHIFT_MS) throw new BadUserInputError('endsAt', 'A shift lasts at most 24 hours');
  return deps.dataSource.transaction(async (manager) => {
    let requiredSkillId: string | null = null;
    if (input.requiredSkillId) {
      const skill = isUuid(input.requiredSkillId) ? await manager.findOneBy(SkillEntity, { id: input.requiredSkillId, tenantId: actor.tenantId }) : null;
      if (!skill) throw new NotFoundError('Skill');
      requiredSkillId = skill.id;
    }
    const shift = await manager.save(
      manager.create(ShiftEntity, { tenantId: actor.tenantId, title, location, notes, headcount, startsAt, endsAt, requiredSkillId, createdBy: actor.userId }),
    );
    await recordAudit(manager, actor, {
      action: 'planner.shift.create',
      targetType: 'shift',
      targetId: shift.id,
      targetLabel: title,
      after: { title, location, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), requiredSkillId, headcount, notes },
    });
    return shift.id;
  });
}

/** Cancels a shift that has not ended; everyone offered or booked on it is told by email. */
export function cancelShift(deps: UseCaseDeps, actor: Actor, id: string): Promise<string> {
  return deps.dataSource.transaction(async (manager) => {
    const shift = await lockTenantRow(manager, ShiftEntity, 'Shift', actor.tenantId, id);
    if (shift.cancelledAt) throw new ConflictError('This shift is already cancelled', { reason: 'SHIFT_CANCELLED' });
    if (shift.endsAt.getTime() <= Date.now()) throw new ConflictError('This shift has already ended', { reason: 'SHIFT_ENDED' });
    shift.cancelledAt = new Date();
    await manager.save(shift);
    const affected = await manager
      .getRepository(ShiftOfferEntity)
      .createQueryBuilder('offer')
      .where("offer.shift_id = :shiftId AND offer.status IN ('OFFERED', 'ACCEPTED')", { shiftId: shift.id })
      .getMany();
    let notified = 0;
    for (const offer of affected) {
      const sent = await notifyWorker(manager, deps.mailer, offer.userId, 'SHIFT_CANCELLED', {
        subject: `Shift cancelled: ${shift.title}`,
        lines: (zone) => [`The shift ${describeShift(shift, zone)} has been cancelled.`, '', offer.status === 'ACCEPTED' ? 'You no longer need to attend.' : 'The offer you received no longer stands.'],
      });
      if (sent) notified++;
    }
    await recordAudit(manager, actor, {
      action: 'planner.shift.cancel',
      targetType: 'shift',
      targetId: shift.id,
      targetLabel: shift.title,
      before: { cancelledAt: null },
      after: { cancelledAt: shift.cancelledAt.toISOString(), workersAffected: affected.map((offer) => offer.userId), notified },
    });
    return shift.id;
  });
}
