import { randomBytes } from 'node:crypto';
import { createRole, createUser } from '../../../test-support/fixtures.js';
import { ok, signIn, type TenantWithAdmin } from '../../../test-support/sessions.js';
import type { TestApp } from '../../../test-support/test-app.js';
import type { UserEntity } from '../../users/user.entity.js';

const HOUR = 3_600_000;

/** A planner user: external by default, or internal with External Planner Access. */
export async function createWorker(
  app: TestApp,
  org: TenantWithAdmin,
  fields: { firstName?: string; lastName?: string; origin?: 'internal' | 'external'; isActive?: boolean } = {},
): Promise<UserEntity> {
  const ds = app.database.dataSource;
  const workerRole = await createRole(ds, org.tenant.id, []);
  const user = await createUser(ds, org.tenant.id, workerRole.id, {
    firstName: fields.firstName ?? 'Wes',
    lastName: fields.lastName ?? `Worker ${randomBytes(2).toString('hex')}`,
    isActive: fields.isActive ?? true,
  });
  const origin = fields.origin ?? 'external';
  await ds.query('UPDATE user_account SET origin = $2, external_planner_access = $3, portal_access = true WHERE id = $1', [user.id, origin, origin === 'internal']);
  return { ...user, origin, externalPlannerAccess: origin === 'internal', portalAccess: true };
}

/** A signed-in tenant user whose role holds exactly `permissions`. */
export async function signedInWith(app: TestApp, org: TenantWithAdmin, permissions: string[]): Promise<string> {
  const role = await createRole(app.database.dataSource, org.tenant.id, permissions);
  const user = await createUser(app.database.dataSource, org.tenant.id, role.id);
  return signIn(app, org.tenant.slug, user.username);
}

export async function createSkill(app: TestApp, org: TenantWithAdmin, name: string): Promise<string> {
  return ok(await app.graphql<{ createSkill: { id: string } }>('mutation($name: String!) { createSkill(name: $name) { id } }', { name }, org.token)).createSkill
    .id;
}

export async function assignSkill(app: TestApp, org: TenantWithAdmin, userId: string, skillId: string, level = 3): Promise<void> {
  ok(await app.graphql('mutation($u: ID!, $s: ID!, $l: Int!) { assignSkill(userId: $u, skillId: $s, level: $l) { user { id } } }', { u: userId, s: skillId, l: level }, org.token));
}

/** A shift starting `startsInHours` from now, through the API. */
export async function createShift(
  app: TestApp,
  org: TenantWithAdmin,
  options: { title?: string; startsInHours?: number; hours?: number; requiredSkillId?: string; headcount?: number } = {},
): Promise<string> {
  const startsAt = new Date(Date.now() + (options.startsInHours ?? 48) * HOUR);
  const endsAt = new Date(startsAt.getTime() + (options.hours ?? 8) * HOUR);
  const created = ok(await app.graphql<{ createShift: { id: string } }>(
    'mutation($input: CreateShiftInput!) { createShift(input: $input) { id } }',
    {
      input: {
        title: options.title ?? 'Warehouse shift',
        startsAt: startsAt.toISOString(),
        endsAt: endsAt.toISOString(),
        location: 'Dock 4',
        requiredSkillId: options.requiredSkillId ?? null,
        headcount: options.headcount ?? 1,
      },
    },
    org.token,
  ));
  return created.createShift.id;
}

/** A shift that already ended, with `workerIds` having accepted it: written directly, as time has to have passed. */
export async function pastAcceptedShift(app: TestApp, org: TenantWithAdmin, workerIds: string[], title = 'Past shift'): Promise<{ shiftId: string; offerIds: string[] }> {
  const ds = app.database.dataSource;
  const [shift]: Array<{ id: string }> = await ds.query(
    `INSERT INTO shift (tenant_id, title, starts_at, ends_at, location, headcount)
     VALUES ($1, $2, now() - interval '30 hours', now() - interval '22 hours', 'Dock 4', $3) RETURNING id`,
    [org.tenant.id, title, Math.max(1, workerIds.length)],
  );
  const offerIds: string[] = [];
  for (const userId of workerIds) {
    const [offer]: Array<{ id: string }> = await ds.query(
      `INSERT INTO shift_offer (tenant_id, shift_id, user_id, status, offered_at, responded_at)
       VALUES ($1, $2, $3, 'ACCEPTED', now() - interval '3 days', now() - interval '2 days') RETURNING id`,
      [org.tenant.id, shift!.id, userId],
    );
    offerIds.push(offer!.id);
  }
  return { shiftId: shift!.id, offerIds };
}

export async function outboxFor(app: TestApp, email: string): Promise<Array<{ subject: string; text: string }>> {
  return app.database.dataSource.query('SELECT subject, text_body AS text FROM mail_outbox WHERE to_address = $1 ORDER BY sequence', [email]);
}

export async function auditActions(app: TestApp, org: TenantWithAdmin): Promise<string[]> {
  const rows: Array<{ action: string }> = await app.database.dataSource.query(
    'SELECT action FROM audit_entry WHERE tenant_id = $1 ORDER BY sequence',
    [org.tenant.id],
  );
  return rows.map((row) => row.action);
}

/** YYYY-MM-DD, `days` from today (UTC). */
export function dayFromToday(days: number): string {
  return new Date(Date.now() + days * 24 * HOUR).toISOString().slice(0, 10);
}
