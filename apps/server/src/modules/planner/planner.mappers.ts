import type { AfterShiftReportEntity } from './entities/after-shift-report.entity.js';
import type { CertificationProofEntity } from './entities/certification-proof.entity.js';
import type { ShiftOfferEntity } from './entities/shift-offer.entity.js';
import type { ShiftEntity } from './entities/shift.entity.js';
import type { SkillEntity } from './entities/skill.entity.js';
import type { TimeOffRequestEntity } from './entities/time-off-request.entity.js';
import type { UnavailableDayEntity } from './entities/unavailable-day.entity.js';
import type { WorkerCertificationEntity } from './entities/worker-certification.entity.js';
import type { WorkerProfileEntity } from './entities/worker-profile.entity.js';
import type { WorkerSkillEntity } from './entities/worker-skill.entity.js';
import { todayLocalDate } from './local-date.js';
import type { AfterShiftReportType } from './types/after-shift-report.type.js';
import type { CertificationProofType, CertificationType } from './types/certification.type.js';
import {
  CertificationStatus,
  OfferStatus,
  PayType,
  ReportStatus,
  TimeOffStatus,
  UnavailabilitySource,
} from './types/planner-enums.type.js';
import type { ShiftOfferType, ShiftType } from './types/shift.type.js';
import type { SkillType, WorkerSkillType } from './types/skill.type.js';
import type { TimeOffRequestType } from './types/time-off-request.type.js';
import type { UnavailableDayType } from './types/unavailable-day.type.js';
import type { CompensationType } from './types/worker-profile.type.js';
import type { WorkingHoursType } from './types/working-hours.type.js';

const numberOrNull = (value: string | null): number | null => (value === null ? null : Number(value));

export function toSkill(skill: Pick<SkillEntity, 'id' | 'name'>): SkillType {
  return { id: skill.id, name: skill.name };
}

export function toWorkerSkill(row: WorkerSkillEntity, skill: SkillEntity): WorkerSkillType {
  return { skill: toSkill(skill), level: row.level, selfRating: row.selfRating, selfRatedAt: row.selfRatedAt };
}

/** A certification counts only when approved and, if it expires, not past its last day. */
export function toCertification(row: WorkerCertificationEntity, today: string = todayLocalDate()): CertificationType {
  const expired = row.expiresOn !== null && row.expiresOn < today;
  return {
    id: row.id,
    userId: row.userId,
    name: row.name,
    expiresOn: row.expiresOn,
    status: row.status as CertificationStatus,
    valid: row.status === 'APPROVED' && !expired,
    expired,
    reviewNote: row.reviewNote,
    reviewedAt: row.reviewedAt,
  };
}

export function toCertificationProof(row: CertificationProofEntity): CertificationProofType {
  return { id: row.id, fileName: row.fileName, contentType: row.contentType, sizeBytes: row.sizeBytes, uploadedAt: row.uploadedAt };
}

export function toCompensation(profile: WorkerProfileEntity | null): CompensationType | null {
  if (!profile?.payType || profile.payRate === null || profile.payCurrency === null) return null;
  return { payType: profile.payType as PayType, rate: Number(profile.payRate).toFixed(2), currency: profile.payCurrency };
}

export function toWorkingHours(profile: WorkerProfileEntity | null): WorkingHoursType {
  return {
    contractedHoursPerWeek: numberOrNull(profile?.contractedHoursPerWeek ?? null),
    maxHoursPerWeek: numberOrNull(profile?.maxHoursPerWeek ?? null),
    days: [...(profile?.workingDays ?? [])].sort((a, b) => a.weekday - b.weekday || a.start.localeCompare(b.start)),
  };
}

export function toUnavailableDay(row: UnavailableDayEntity): UnavailableDayType {
  return { id: row.id, date: row.day, source: row.source as UnavailabilitySource };
}

export function toTimeOffRequest(row: TimeOffRequestEntity): TimeOffRequestType {
  return {
    id: row.id,
    userId: row.userId,
    startDate: row.startDate,
    endDate: row.endDate,
    reason: row.reason,
    status: row.status as TimeOffStatus,
    createdAt: row.createdAt,
    reviewedAt: row.reviewedAt,
    reviewNote: row.reviewNote,
  };
}

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

export function toAfterShiftReport(row: AfterShiftReportEntity): AfterShiftReportType {
  return {
    id: row.id,
    shiftId: row.shiftId,
    userId: row.userId,
    hoursWorked: Number(row.hoursWorked),
    notes: row.notes,
    incidents: row.incidents,
    submittedAt: row.submittedAt,
    status: row.status as ReportStatus,
    reviewedAt: row.reviewedAt,
    reviewNote: row.reviewNote,
  };
}
