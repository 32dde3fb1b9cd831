import type { ShiftOfferEntity } from '../entities/shift-offer.entity.js';
import type { ShiftEntity } from '../entities/shift.entity.js';
import type { OfferStatus } from '../types/enums.type.js';
import type { ShiftOfferType, ShiftType } from '../types/shift.type.js';

export function toShift(row: ShiftEntity): ShiftType {
  return {
    id: row.id,
    requiredSkillId: row.requiredSkillId,
    title: row.title,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    location: row.location,
    headcount: row.headcount,
    notes: row.notes,
    cancelledAt: row.cancelledAt,
  };
}

export function toShiftOffer(row: ShiftOfferEntity): ShiftOfferType {
  return {
    id: row.id,
    shiftId: row.shiftId,
    userId: row.userId,
    status: row.status as OfferStatus,
    offeredAt: row.offeredAt,
    respondedAt: row.respondedAt,
  };
}
