import type { UserEntity } from '../../users/user.entity.js';
import type { UnavailableDayEntity } from '../entities/unavailable-day.entity.js';
import type { WorkerProfileEntity } from '../entities/worker-profile.entity.js';
import type { PayType, UnavailabilitySource } from '../types/enums.type.js';
import type { UnavailableDayType } from '../types/unavailable-day.type.js';
import type { WorkerDetailsType } from '../types/worker-details.type.js';
import type { CompensationType } from '../types/worker-profile.type.js';
import type { WorkingHoursType } from '../types/working-hours.type.js';

const numberOrNull = (value: string | null): number | null => (value === null ? null : Number(value));

export function detailsOf(user: UserEntity, profile: WorkerProfileEntity | null): WorkerDetailsType {
  return {
    firstName: user.firstName,
    lastName: user.lastName,
    phone: user.phone,
    address: profile?.address ?? null,
    emergencyContactName: profile?.emergencyContactName ?? null,
    emergencyContactPhone: profile?.emergencyContactPhone ?? null,
    updatedAt: profile?.detailsUpdatedAt ?? null,
    updatedBy: profile?.detailsUpdatedBy ?? null,
  };
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
