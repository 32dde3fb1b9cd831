import type { DataSource, EntityManager } from 'typeorm';
import { AfterShiftReportEntity } from '../../planner/entities/after-shift-report.entity.js';
import { ShiftOfferEntity } from '../../planner/entities/shift-offer.entity.js';
import { toMyReport, type OfferWithShift } from '../shift.mapper.js';
import type { MyAfterShiftReportType } from '../types/report.type.js';
import type { Worker } from '../worker.js';

/** This worker's offers for the given shifts, by shift id. */
export async function ownOffersFor(manager: EntityManager, worker: Worker, shiftIds: string[]): Promise<Map<string, OfferWithShift>> {
  const offers = await manager
    .getRepository(ShiftOfferEntity)
    .createQueryBuilder('offer')
    .innerJoinAndSelect('offer.shift', 'shift')
    .leftJoinAndSelect('shift.requiredSkill', 'skill')
    .where('offer.tenant_id = :tenantId AND offer.user_id = :userId', { tenantId: worker.tenantId, userId: worker.userId })
    .andWhere('offer.shift_id = ANY(:shiftIds)', { shiftIds })
    .getMany();
  return new Map(offers.map((offer) => [offer.shiftId, offer as OfferWithShift]));
}

/** After-Shift Reports: the worker's own, newest first. */
export async function listReports(dataSource: DataSource, worker: Worker): Promise<MyAfterShiftReportType[]> {
  const reports = await dataSource
    .getRepository(AfterShiftReportEntity)
    .createQueryBuilder('report')
    .where('report.tenant_id = :tenantId AND report.user_id = :userId', { tenantId: worker.tenantId, userId: worker.userId })
    .orderBy('report.submitted_at', 'DESC')
    .addOrderBy('report.id', 'DESC')
    .getMany();
  if (reports.length === 0) return [];
  const offers = await ownOffersFor(dataSource.manager, worker, reports.map((report) => report.shiftId));
  return reports.flatMap((report) => {
    const offer = offers.get(report.shiftId);
    return offer ? [toMyReport(report, offer)] : [];
  });
}
