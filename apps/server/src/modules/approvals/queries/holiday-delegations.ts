import type { DataSource } from 'typeorm';
import { NotFoundError } from '../../../kernel/errors.js';
import { isUuid } from '../../../kernel/ids.js';
import { todayLocalDate } from '../../planner/local-date.js';
import { toHolidayDelegation } from '../approval.mapper.js';
import { HolidayDelegationStatus, type HolidayDelegationType } from '../approval.types.js';
import { HolidayDelegationEntity } from '../holiday-delegation.entity.js';

export interface HolidayDelegationFilter {
  /** Delegations from or to this user. */
  userId?: string | null;
  statuses?: HolidayDelegationStatus[] | null;
}

/** Soonest first; a user from another tenant (or none) is NOT_FOUND, as everywhere an id is given. */
export async function listHolidayDelegations(db: DataSource, tenantId: string, filter: HolidayDelegationFilter = {}): Promise<HolidayDelegationType[]> {
  const query = db.getRepository(HolidayDelegationEntity).createQueryBuilder('delegation').where('delegation.tenant_id = :tenantId', { tenantId });
  if (filter.userId) {
    if (!isUuid(filter.userId)) throw new NotFoundError('User', { field: 'userId' });
    const [user] = await db.query<Array<{ id: string }>>('SELECT id FROM user_account WHERE id = $1 AND tenant_id = $2', [filter.userId, tenantId]);
    if (!user) throw new NotFoundError('User', { field: 'userId' });
    query.andWhere('(delegation.delegator_id = :userId OR delegation.delegate_id = :userId)', { userId: filter.userId });
  }
  const statuses = filter.statuses?.length ? new Set(filter.statuses) : null;
  if (statuses && statuses.size < 3) {
    const today = todayLocalDate();
    const conditions = [
      statuses.has(HolidayDelegationStatus.PAST) ? 'delegation.ends_on < :today' : null,
      statuses.has(HolidayDelegationStatus.CURRENT) ? '(delegation.starts_on <= :today AND delegation.ends_on >= :today)' : null,
      statuses.has(HolidayDelegationStatus.UPCOMING) ? 'delegation.starts_on > :today' : null,
    ].filter(Boolean);
    query.andWhere(`(${conditions.join(' OR ')})`, { today });
  }
  const delegations = await query.orderBy('delegation.starts_on').addOrderBy('delegation.created_at').addOrderBy('delegation.id').getMany();
  return delegations.map(toHolidayDelegation);
}
