import type { AfterShiftReportEntity } from '../planner/entities/after-shift-report.entity.js';
import type { ShiftOfferEntity } from '../planner/entities/shift-offer.entity.js';
import type { ShiftEntity } from '../planner/entities/shift.entity.js';
import type { SkillEntity } from '../planner/entities/skill.entity.js';
import { toSkill } from '../planner/mappers/skill.mapper.js';
import type { OfferStatus, ReportStatus } from '../planner/types/enums.type.js';
import type { MyAfterShiftReportType } from './types/report.type.js';
import type { PortalShiftType } from './types/shift.type.js';

/** An offer loaded with its shift (and the shift's required skill, when it has one). */
export type OfferWithShift = ShiftOfferEntity & { shift: ShiftEntity & { requiredSkill?: SkillEntity | null } };

export function toPortalShift(offer: OfferWithShift): PortalShiftType {
  const { shift } = offer;
  return {
    id: shift.id,
    offerId: offer.id,
    title: shift.title,
    startsAt: shift.startsAt,
    endsAt: shift.endsAt,
    location: shift.location,
    requiredSkill: shift.requiredSkill ? toSkill(shift.requiredSkill) : null,
    notes: shift.notes,
    status: offer.status as OfferStatus,
    respondedAt: offer.respondedAt,
  };
}

export function toMyReport(report: AfterShiftReportEntity, offer: OfferWithShift): MyAfterShiftReportType {
  return {
    id: report.id,
    shift: toPortalShift(offer),
    hoursWorked: Number(report.hoursWorked),
    notes: report.notes,
    incidents: report.incidents,
    submittedAt: report.submittedAt,
    status: report.status as ReportStatus,
    reviewNote: report.reviewNote,
  };
}
