import type { DataSource, EntityManager } from 'typeorm';
import { BadUserInputError } from '../../../kernel/errors.js';
import type { ShiftFilterInput } from '../dto/shift.inputs.js';
import { ShiftEntity } from '../entities/shift.entity.js';
import { toShift } from '../mappers/shift.mapper.js';
import type { ShiftType } from '../types/shift.type.js';
import { findTenantRow } from '../records.js';

/** Related rows (offers, workers, skills) are left to the request's loaders. */
export async function listShifts(db: DataSource | EntityManager, tenantId: string, filter: ShiftFilterInput | null | undefined): Promise<ShiftType[]> {
  const from = filter?.from ?? new Date();
  const to = filter?.to ?? null;
  if (to && to.getTime() <= from.getTime()) throw new BadUserInputError('filter.to', 'The end of the range must be after its start');
  const query = db
    .getRepository(ShiftEntity)
    .createQueryBuilder('shift')
    .where('shift.tenant_id = :tenantId AND shift.ends_at > :from', { tenantId, from });
  if (to) query.andWhere('shift.starts_at < :to', { to });
  if (!filter?.includeCancelled) query.andWhere('shift.cancelled_at IS NULL');
  const rows = await query.orderBy('shift.starts_at', 'ASC').addOrderBy('shift.id', 'ASC').getMany();
  return rows.map(toShift);
}

export async function getShift(db: DataSource | EntityManager, tenantId: string, id: string): Promise<ShiftType> {
  return toShift(await findTenantRow(db, ShiftEntity, 'Shift', tenantId, id));
}
