import type { DataSource } from 'typeorm';
import { NotFoundError } from '../../../kernel/errors.js';
import { isUuid } from '../../../kernel/ids.js';
import { AuditEntryEntity } from '../../audit/audit-entry.entity.js';
import { toAuditEntryType } from '../../audit/audit-entry.mapper.js';
import type { UserActivityType } from '../types/user-activity.type.js';

/** Last sign-in and sign-in counts over 7, 30 and 365 days, in one statement; plus recent audit entries. */
export async function getUserActivity(dataSource: DataSource, tenantId: string, userId: string, seesDeleted: boolean): Promise<UserActivityType> {
  if (!isUuid(userId)) throw new NotFoundError('User');
  const [row]: Array<{ last_login_at: Date | null; d7: string; d30: string; d365: string }> = await dataSource.query(
    `SELECT u.last_login_at,
            count(e.id) FILTER (WHERE e.occurred_at >= now() - interval '7 days') AS d7,
            count(e.id) FILTER (WHERE e.occurred_at >= now() - interval '30 days') AS d30,
            count(e.id) FILTER (WHERE e.occurred_at >= now() - interval '365 days') AS d365
       FROM user_account u LEFT JOIN login_event e ON e.user_id = u.id
      WHERE u.id = $1 AND u.tenant_id = $2 AND ($3 OR u.deleted_at IS NULL)
      GROUP BY u.id`,
    [userId, tenantId, seesDeleted],
  );
  if (!row) throw new NotFoundError('User');
  const entries = await dataSource
    .getRepository(AuditEntryEntity)
    .createQueryBuilder('entry')
    .where('entry.tenant_id = :tenantId AND (entry.actor_user_id = :userId OR entry.target_id = :userId)', { tenantId, userId })
    .orderBy('entry.sequence', 'DESC')
    .limit(20)
    .getMany();
  return {
    lastLoginAt: row.last_login_at,
    loginsLast7Days: Number(row.d7),
    loginsLast30Days: Number(row.d30),
    loginsLast365Days: Number(row.d365),
    recentAuditEntries: entries.map(toAuditEntryType),
  };
}
