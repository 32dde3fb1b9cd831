import { DEFAULT_TIME_ZONE, effectiveTimeZone } from '@access/domain';
import type { DataSource, EntityManager } from 'typeorm';

/** The tenant's zone as stored in its settings; UTC until an administrator chooses one. */
export async function tenantTimeZone(db: DataSource | EntityManager, tenantId: string): Promise<string> {
  const rows: Array<{ zone: string | null }> = await db.query(`SELECT settings->>'timeZone' AS zone FROM tenant WHERE id = $1`, [tenantId]);
  return rows[0]?.zone ?? DEFAULT_TIME_ZONE;
}

/** Each user's effective zone (their own, else the tenant's) in one statement; unknown ids get the tenant's. */
export async function effectiveTimeZonesOf(db: DataSource | EntityManager, tenantId: string, userIds: readonly string[]): Promise<Map<string, string>> {
  const tenantZone = await tenantTimeZone(db, tenantId);
  const rows: Array<{ id: string; time_zone: string | null }> =
    userIds.length === 0 ? [] : await db.query('SELECT id, time_zone FROM user_account WHERE tenant_id = $1 AND id = ANY($2)', [tenantId, [...userIds]]);
  const own = new Map(rows.map((row) => [row.id, row.time_zone]));
  return new Map(userIds.map((id) => [id, effectiveTimeZone(own.get(id), tenantZone)]));
}

export async function effectiveTimeZoneOf(db: DataSource | EntityManager, tenantId: string, userId: string): Promise<string> {
  return (await effectiveTimeZonesOf(db, tenantId, [userId])).get(userId)!;
}
