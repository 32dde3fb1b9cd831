import type { AfterShiftReportEntity } from '../entities/after-shift-report.entity.js';
import type { AfterShiftReportType } from '../types/after-shift-report.type.js';
import type { ReportStatus } from '../types/enums.type.js';

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
