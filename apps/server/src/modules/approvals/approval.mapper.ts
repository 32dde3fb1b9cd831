import { todayLocalDate } from '../planner/local-date.js';
import type { ApprovalGroupEntity } from './approval-group.entity.js';
import { HolidayDelegationStatus, type ApprovalGroupType, type HolidayDelegationType } from './approval.types.js';
import type { HolidayDelegationEntity } from './holiday-delegation.entity.js';

export function toApprovalGroup(group: ApprovalGroupEntity): ApprovalGroupType {
  return { id: group.id, name: group.name, createdAt: group.createdAt };
}

/** `date` columns come back as text or as a Date, depending on the driver. */
export function isoDate(value: string | Date): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);
}

export function toHolidayDelegation(delegation: HolidayDelegationEntity): HolidayDelegationType {
  return {
    id: delegation.id,
    delegatorId: delegation.delegatorId,
    delegateId: delegation.delegateId,
    startsOn: isoDate(delegation.startsOn),
    endsOn: isoDate(delegation.endsOn),
  };
}

export function delegationStatus(delegation: { startsOn: string; endsOn: string }, today = todayLocalDate()): HolidayDelegationStatus {
  if (delegation.endsOn < today) return HolidayDelegationStatus.PAST;
  return delegation.startsOn > today ? HolidayDelegationStatus.UPCOMING : HolidayDelegationStatus.CURRENT;
}
