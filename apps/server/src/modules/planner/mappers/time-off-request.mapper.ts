import type { TimeOffRequestEntity } from '../entities/time-off-request.entity.js';
import type { TimeOffStatus } from '../types/enums.type.js';
import type { TimeOffRequestType } from '../types/time-off-request.type.js';

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
