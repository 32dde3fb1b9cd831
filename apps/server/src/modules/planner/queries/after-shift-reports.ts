import type { DataSource, EntityManager } from 'typeorm';
import { AfterShiftReportEntity } from '../entities/after-shift-report.entity.js';
import { toAfterShiftReport } from '../mappers/after-shift-report.mapper.js';
import type { AfterShiftReportType } from '../types/after-shift-report.type.js';
import type { ReportStatus } from '../types/enums.type.js';
import { findTenantRow } from '../records.js';

export async function listAfterShiftReports(
  db: DataSource | EntityManager,
  tenantId: string,
  status: ReportStatus | null | undefined,
): Promise<AfterShiftReportType[]> {
  const query = db.getRepository(AfterShiftReportEntity).createQueryBuilder('report').where('report.tenant_id = :tenantId', { tenantId });
  if (status) query.andWhere('report.status = :status', { status });
  const rows = await query.orderBy('report.submitted_at', 'DESC').addOrderBy('report.id', 'DESC').getMany();
  return rows.map(toAfterShiftReport);
}

export async function getAfterShiftReport(db: DataSource | EntityManager, tenantId: string, id: string): Promise<AfterShiftReportType> {
  return toAfterShiftReport(await findTenantRow(db, AfterShiftReportEntity, 'After-shift report', tenantId, id));
}
