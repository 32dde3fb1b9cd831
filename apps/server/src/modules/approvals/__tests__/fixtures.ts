import { addDays, todayLocalDate } from '../../planner/local-date.js';
import { createRole, createUser } from '../../../test-support/fixtures.js';
import { ok, signIn, type TenantWithAdmin } from '../../../test-support/sessions.js';
import type { TestApp } from '../../../test-support/test-app.js';
import type { UserEntity } from '../../users/user.entity.js';

export const GROUP_FIELDS = 'id name memberCount members { id username }';
export const DELEGATION_FIELDS = 'id startsOn endsOn status delegator { id username } delegate { id username }';

/** An ISO date `days` from today (UTC), as the server counts days. */
export const dayFromToday = (days: number) => addDays(todayLocalDate(), days);

export interface GroupResult {
  id: string;
  name: string;
  memberCount: number;
  members: Array<{ id: string; username: string }>;
}

export async function staffUser(app: TestApp, org: TenantWithAdmin, fields: Parameters<typeof createUser>[3] = {}): Promise<UserEntity> {
  const role = await createRole(app.database.dataSource, org.tenant.id, ['users.access']);
  return createUser(app.database.dataSource, org.tenant.id, role.id, fields);
}

/** A user holding exactly `permissions`, signed in. */
export async function signedInWith(app: TestApp, org: TenantWithAdmin, permissions: string[]): Promise<string> {
  const role = await createRole(app.database.dataSource, org.tenant.id, permissions);
  const user = await createUser(app.database.dataSource, org.tenant.id, role.id);
  return signIn(app, org.tenant.slug, user.username);
}

export async function createGroup(app: TestApp, org: TenantWithAdmin, name: string, memberIds: string[] = []): Promise<GroupResult> {
  return ok(await app.graphql<{ createApprovalGroup: GroupResult }>(
    `mutation($input: CreateApprovalGroupInput!) { createApprovalGroup(input: $input) { ${GROUP_FIELDS} } }`,
    { input: { name, memberIds } },
    org.token,
  )).createApprovalGroup;
}

export async function createDelegation(
  app: TestApp,
  org: TenantWithAdmin,
  input: { delegatorId: string; delegateId: string; startsOn: string; endsOn: string },
): Promise<{ id: string }> {
  return ok(await app.graphql<{ createHolidayDelegation: { id: string } }>(
    'mutation($input: CreateHolidayDelegationInput!) { createHolidayDelegation(input: $input) { id } }',
    { input },
    org.token,
  )).createHolidayDelegation;
}

export async function auditEntries(app: TestApp, targetId: string): Promise<Array<{ action: string; before: unknown; after: unknown }>> {
  return app.database.dataSource.query('SELECT action, before, after FROM audit_entry WHERE target_id = $1 ORDER BY sequence', [targetId]);
}
