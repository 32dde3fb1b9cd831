import type { DataSource } from 'typeorm';
import { createRole, createUser } from '../../../test-support/fixtures.js';
import { signIn, tenantWithAdmin, type TenantWithAdmin } from '../../../test-support/sessions.js';
import type { TestApp } from '../../../test-support/test-app.js';
import type { UserEntity } from '../../users/user.entity.js';

const HOUR = 3_600_000;
export const hoursFromNow = (hours: number) => new Date(Date.now() + hours * HOUR);

export interface SignedInWorker {
  user: UserEntity;
  token: string;
}

export interface PortalOrg extends TenantWithAdmin {
  /** A role with no permissions, as external workers usually have. */
  workerRoleId: string;
}

export async function portalOrg(app: TestApp, name = 'Portal Org'): Promise<PortalOrg> {
  const org = await tenantWithAdmin(app, name);
  const role = await createRole(app.database.dataSource, org.tenant.id, [], 'Worker');
  return { ...org, workerRoleId: role.id };
}

/** A planner user (external by default, portal access on), signed in. */
export async function worker(
  app: TestApp,
  org: PortalOrg,
  options: { origin?: 'external' | 'internal'; plannerAccess?: boolean; portalAccess?: boolean; roleId?: string; firstName?: string } = {},
): Promise<SignedInWorker> {
  const ds = app.database.dataSource;
  const user = await createUser(ds, org.tenant.id, options.roleId ?? org.workerRoleId, { firstName: options.firstName ?? 'Wendy', lastName: 'Worker' });
  const origin = options.origin ?? 'external';
  await ds.query('UPDATE user_account SET origin = $2, external_planner_access = $3, portal_access = $4 WHERE id = $1', [
    user.id,
    origin,
    options.plannerAccess ?? origin === 'internal',
    options.portalAccess ?? true,
  ]);
  return { user: { ...user, origin }, token: await signIn(app, org.tenant.slug, user.username) };
}

export async function setPortalAccess(ds: DataSource, userId: string, on: boolean): Promise<void> {
  await ds.query('UPDATE user_account SET portal_access = $2 WHERE id = $1', [userId, on]);
}

export interface ShiftFields {
  title?: string;
  startsAt?: Date;
  endsAt?: Date;
  location?: string;
  headcount?: number;
  notes?: string | null;
  cancelled?: boolean;
  requiredSkillId?: string | null;
}

export async function createShift(ds: DataSource, tenantId: string, fields: ShiftFields = {}): Promise<string> {
  const startsAt = fields.startsAt ?? hoursFromNow(48);
  const [row]: Array<{ id: string }> = await ds.query(
    `INSERT INTO shift (tenant_id, title, starts_at, ends_at, location, headcount, notes, cancelled_at, required_skill_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [
      tenantId,
      fields.title ?? 'Warehouse morning',
      startsAt,
      fields.endsAt ?? new Date(startsAt.getTime() + 8 * HOUR),
      fields.location ?? 'Dock 4',
      fields.headcount ?? 1,
      fields.notes ?? null,
      fields.cancelled ? new Date() : null,
      fields.requiredSkillId ?? null,
    ],
  );
  return row!.id;
}

export type OfferStatusValue = 'OFFERED' | 'ACCEPTED' | 'DECLINED' | 'WITHDRAWN';

export async function createOffer(ds: DataSource, tenantId: string, shiftId: string, userId: string, status: OfferStatusValue = 'OFFERED'): Promise<string> {
  const [row]: Array<{ id: string }> = await ds.query(
    `INSERT INTO shift_offer (tenant_id, shift_id, user_id, status, responded_at)
     VALUES ($1, $2, $3, $4::varchar, CASE WHEN $4::varchar IN ('ACCEPTED', 'DECLINED') THEN now() END) RETURNING id`,
    [tenantId, shiftId, userId, status],
  );
  return row!.id;
}

/** A shift offered to the worker with the given answer already recorded; returns both ids. */
export async function offeredShift(ds: DataSource, tenantId: string, userId: string, status: OfferStatusValue, fields: ShiftFields = {}) {
  const shiftId = await createShift(ds, tenantId, fields);
  return { shiftId, offerId: await createOffer(ds, tenantId, shiftId, userId, status) };
}

export async function createSkill(ds: DataSource, tenantId: string, name: string): Promise<string> {
  const [row]: Array<{ id: string }> = await ds.query('INSERT INTO skill (tenant_id, name) VALUES ($1, $2) RETURNING id', [tenantId, name]);
  return row!.id;
}

export async function assignSkill(ds: DataSource, tenantId: string, userId: string, skillId: string, level = 3): Promise<void> {
  await ds.query('INSERT INTO worker_skill (tenant_id, user_id, skill_id, level) VALUES ($1, $2, $3, $4)', [tenantId, userId, skillId, level]);
}

export async function assignCertification(ds: DataSource, tenantId: string, userId: string, name = 'Forklift licence', expiresOn: string | null = null): Promise<string> {
  const [row]: Array<{ id: string }> = await ds.query(
    'INSERT INTO worker_certification (tenant_id, user_id, name, expires_on) VALUES ($1, $2, $3, $4) RETURNING id',
    [tenantId, userId, name, expiresOn],
  );
  return row!.id;
}

/** The smallest files whose first bytes say what they are. */
export const SAMPLE_FILES = {
  pdf: Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'),
  png: Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f8e1e20000000049454e44ae426082', 'hex'),
  jpeg: Buffer.from('ffd8ffe000104a46494600010100000100010000ffd9', 'hex'),
};

export async function auditActions(ds: DataSource, tenantId: string): Promise<Array<{ action: string; actor_user_id: string | null }>> {
  return ds.query('SELECT action, actor_user_id FROM audit_entry WHERE tenant_id = $1 ORDER BY sequence', [tenantId]);
}

/** One row of each kind a portal operation can name by id, all belonging to `userId`. */
export async function rowsOfWorker(ds: DataSource, tenantId: string, userId: string) {
  const offer = await offeredShift(ds, tenantId, userId, 'OFFERED', { headcount: 2 });
  const worked = await offeredShift(ds, tenantId, userId, 'ACCEPTED', { startsAt: hoursFromNow(-30), endsAt: hoursFromNow(-22) });
  const [day]: Array<{ id: string }> = await ds.query(
    "INSERT INTO unavailable_day (tenant_id, user_id, day, source) VALUES ($1, $2, '2099-03-01', 'BLOCKED') RETURNING id",
    [tenantId, userId],
  );
  const [request]: Array<{ id: string }> = await ds.query(
    "INSERT INTO time_off_request (tenant_id, user_id, start_date, end_date) VALUES ($1, $2, '2099-04-01', '2099-04-02') RETURNING id",
    [tenantId, userId],
  );
  const skillId = await createSkill(ds, tenantId, `Skill ${userId.slice(0, 8)}`);
  await assignSkill(ds, tenantId, userId, skillId);
  return {
    offerId: offer.offerId,
    shiftId: worked.shiftId,
    unavailableDayId: day!.id,
    timeOffRequestId: request!.id,
    skillId,
    certificationId: await assignCertification(ds, tenantId, userId),
  };
}
