import type { DataSource } from 'typeorm';
import { NotFoundError } from '../../../kernel/errors.js';
import { isUuid } from '../../../kernel/ids.js';
import { AuditEntryEntity } from '../../audit/audit-entry.entity.js';
import { toAuditEntryType } from '../../audit/audit-entry.mapper.js';
import type { UserActivityType } from '../types/user-activity.type.js';

interface ActivityRow {
  last_login_at: Date | null;
  since: string;
  d7: string;
  d30: string;
  d365: string;
  per_day: Array<{ day: string; signIns: string | number }>;
}

/**
 * Last sign-in, sign-in counts over 7, 30 and 365 days and the sign-ins per day, in one statement;
 * plus recent audit entries. The year is the 365 UTC calendar days ending today (the project keeps
 * no tenant time zone), and its count is the sum of the per-day rows, so the chart and the count
 * cannot disagree. Only the window's events are read, through IDX_login_event_user_time.
 */
export async function getUserActivity(dataSource: DataSource, tenantId: string, userId: string, seesDeleted: boolean): Promise<UserActivityType> {
  if (!isUuid(userId)) throw new NotFoundError('User');
  const [row]: ActivityRow[] = await dataSource.query(
    `WITH window_start AS (
       SELECT (now() AT TIME ZONE 'UTC')::date - 364 AS day
     ), per_day AS (
       SELECT (e.occurred_at AT TIME ZONE 'UTC')::date AS day,
              count(*) AS total,
              count(*) FILTER (WHERE e.occurred_at >= now() - interval '7 days') AS d7,
              count(*) FILTER (WHERE e.occurred_at >= now() - interval '30 days') AS d30
         FROM login_event e, window_start w
        WHERE e.user_id = $1 AND e.tenant_id = $2 AND e.occurred_at >= w.day::timestamp AT TIME ZONE 'UTC'
        GROUP BY 1
     )
     SELECT u.last_login_at,
            to_char(w.day, 'YYYY-MM-DD') AS since,
            coalesce(sum(p.d7), 0) AS d7,
            coalesce(sum(p.d30), 0) AS d30,
            coalesce(sum(p.total), 0) AS d365,
            coalesce(json_agg(json_build_object('day', to_char(p.day, 'YYYY-MM-DD'), 'signIns', p.total) ORDER BY p.day)
                       FILTER (WHERE p.day IS NOT NULL), '[]') AS per_day
       FROM user_account u CROSS JOIN window_start w LEFT JOIN per_day p ON true
      WHERE u.id = $1 AND u.tenant_id = $2 AND ($3 OR u.deleted_at IS NULL)
      GROUP BY u.id, w.day`,
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
    signInsSince: row.since,
    signInsPerDay: row.per_day.map(({ day, signIns }) => ({ day, signIns: Number(signIns) })),
    recentAuditEntries: entries.map(toAuditEntryType),
  };
}
