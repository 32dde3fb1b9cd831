import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, tenantWithAdmin, type TenantWithAdmin } from '../../../test-support/sessions.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';
import { auditEntries, createGroup, GROUP_FIELDS, signedInWith, staffUser, type GroupResult } from './fixtures.js';

const RENAME = `mutation($id: ID!, $name: String!) { renameApprovalGroup(id: $id, name: $name) { ${GROUP_FIELDS} } }`;
const ADD = `mutation($g: ID!, $u: [ID!]!) { addApprovalGroupMembers(groupId: $g, userIds: $u) { ${GROUP_FIELDS} } }`;
const REMOVE = `mutation($g: ID!, $u: ID!) { removeApprovalGroupMember(groupId: $g, userId: $u) { ${GROUP_FIELDS} } }`;
const GROUP = `query($id: ID!) { approvalGroup(id: $id) { ${GROUP_FIELDS} } }`;

describe('approval groups', () => {
  let app: TestApp;
  let org: TenantWithAdmin;

  const call = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, token = org.token) => app.graphql<T>(query, variables, token);
  const groupsSnapshot = async () =>
    JSON.stringify([
      await app.database.dataSource.query('SELECT id, name FROM approval_group WHERE tenant_id = $1 ORDER BY id', [org.tenant.id]),
      await app.database.dataSource.query(
        'SELECT m.* FROM approval_group_member m JOIN approval_group g ON g.id = m.group_id WHERE g.tenant_id = $1 ORDER BY 1, 2',
        [org.tenant.id],
      ),
      await app.database.dataSource.query('SELECT count(*) FROM audit_entry WHERE tenant_id = $1', [org.tenant.id]),
    ]);

  beforeAll(async () => {
    app = await startTestApp();
    org = await tenantWithAdmin(app, 'Approvals Org');
    await createGroup(app, org, 'Finance');
  });
  afterAll(async () => {
    await app.close();
  });

  it('creates, renames, adds and removes members and deletes, each with its audit entry', async () => {
    const ann = await staffUser(app, org, { firstName: 'Ann', lastName: 'Archer' });
    const bob = await staffUser(app, org, { firstName: 'Bob', lastName: 'Baker' });
    const cyd = await staffUser(app, org, { firstName: 'Cyd', lastName: 'Cole' });
    const group = await createGroup(app, org, '  Purchase   approvers ', [bob.id, ann.id]);
    expect(group).toMatchObject({ name: 'Purchase approvers', memberCount: 2 });
    expect(group.members.map((member) => member.id)).toEqual([ann.id, bob.id]);

    const renamed = ok(await call<{ renameApprovalGroup: GroupResult }>(RENAME, { id: group.id, name: 'Purchase sign-off' })).renameApprovalGroup;
    expect(renamed.name).toBe('Purchase sign-off');
    const added = ok(await call<{ addApprovalGroupMembers: GroupResult }>(ADD, { g: group.id, u: [cyd.id, ann.id] })).addApprovalGroupMembers;
    expect(added.members.map((member) => member.id)).toEqual([ann.id, bob.id, cyd.id]);
    const removed = ok(await call<{ removeApprovalGroupMember: GroupResult }>(REMOVE, { g: group.id, u: bob.id })).removeApprovalGroupMember;
    expect(removed).toMatchObject({ memberCount: 2 });
    expect(removed.members.map((member) => member.id)).toEqual([ann.id, cyd.id]);

    const listed = ok(await call<{ approvalGroups: GroupResult[] }>(`{ approvalGroups { ${GROUP_FIELDS} } }`)).approvalGroups;
    expect(listed.find((entry) => entry.id === group.id)).toEqual(removed);
    const onUserPage = ok(await call<{ user: { approvalGroups: Array<{ id: string; name: string }> } }>(
      'query($id: ID!) { user(id: $id) { approvalGroups { id name } } }',
      { id: ann.id },
    )).user.approvalGroups;
    expect(onUserPage).toEqual([{ id: group.id, name: 'Purchase sign-off' }]);

    expect(ok(await call<{ deleteApprovalGroup: string }>('mutation($id: ID!) { deleteApprovalGroup(id: $id) }', { id: group.id })).deleteApprovalGroup).toBe(group.id);
    expect((await call(GROUP, { id: group.id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const [{ count }] = await app.database.dataSource.query('SELECT count(*)::int AS count FROM approval_group_member WHERE group_id = $1', [group.id]);
    expect(count).toBe(0);

    expect(await auditEntries(app, group.id)).toEqual([
      { action: 'approval_group.create', before: null, after: { name: 'Purchase approvers', members: ['Ann Archer', 'Bob Baker'] } },
      { action: 'approval_group.rename', before: { name: 'Purchase approvers' }, after: { name: 'Purchase sign-off' } },
      { action: 'approval_group.members.add', before: { members: ['Ann Archer', 'Bob Baker'] }, after: { members: ['Ann Archer', 'Bob Baker', 'Cyd Cole'] } },
      { action: 'approval_group.members.remove', before: { members: ['Ann Archer', 'Bob Baker', 'Cyd Cole'] }, after: { members: ['Ann Archer', 'Cyd Cole'] } },
      { action: 'approval_group.delete', before: { name: 'Purchase sign-off', members: ['Ann Archer', 'Cyd Cole'] }, after: null },
    ]);
  });

  it('adding someone already in the group changes nothing and writes no audit entry', async () => {
    const ann = await staffUser(app, org);
    const group = await createGroup(app, org, 'Idempotent', [ann.id]);
    const before = await groupsSnapshot();
    ok(await call(ADD, { g: group.id, u: [ann.id] }));
    expect(await groupsSnapshot()).toEqual(before);
  });

  it.each([
    ['an empty name', '   ', 'name', undefined],
    ['a name over 100 characters', 'x'.repeat(101), 'name', undefined],
    ['a name taken in another case', 'FINANCE', 'name', 'APPROVAL_GROUP_NAME_TAKEN'],
  ])('refuses %s, naming the field, and changes nothing', async (description, name, field, reason) => {
    const other = await createGroup(app, org, `Other than ${description}`);
    const before = await groupsSnapshot();
    for (const result of [
      await call(`mutation($name: String!) { createApprovalGroup(input: { name: $name }) { id } }`, { name }),
      await call(RENAME, { id: other.id, name }),
    ]) {
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, ...(reason ? { reason } : {}) });
    }
    expect(await groupsSnapshot()).toEqual(before);
  });

  it('lets a group keep its own name in another case', async () => {
    const group = await createGroup(app, org, 'Travel');
    expect(ok(await call<{ renameApprovalGroup: { name: string } }>(RENAME, { id: group.id, name: 'TRAVEL' })).renameApprovalGroup.name).toBe('TRAVEL');
  });

  it('refuses inactive, deleted and unknown members, naming the field, and changes nothing', async () => {
    const active = await staffUser(app, org);
    const inactive = await staffUser(app, org, { firstName: 'Ina', lastName: 'Active', isActive: false });
    const deleted = await staffUser(app, org);
    await app.database.dataSource.query('UPDATE user_account SET deleted_at = now() WHERE id = $1', [deleted.id]);
    const group = await createGroup(app, org, 'Strict');
    const before = await groupsSnapshot();

    const refusedInactive = await call(ADD, { g: group.id, u: [active.id, inactive.id] });
    expect(refusedInactive.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'userIds', reason: 'USER_INACTIVE' });
    expect(refusedInactive.errors?.[0]?.message).toBe('Ina Active is deactivated: only active users approve');
    for (const id of [deleted.id, '00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      expect((await call(ADD, { g: group.id, u: [active.id, id] })).errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'userIds' });
    }
    const createRefused = await call('mutation($u: [ID!]!) { createApprovalGroup(input: { name: "Never", memberIds: $u }) { id } }', { u: [inactive.id] });
    expect(createRefused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'memberIds', reason: 'USER_INACTIVE' });
    expect((await call(ADD, { g: group.id, u: [] })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'userIds' });
    expect((await call(REMOVE, { g: group.id, u: active.id })).errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'NOT_A_MEMBER' });
    expect(await groupsSnapshot()).toEqual(before);
  });

  it('still lets someone leave who is no longer active (rows from before deactivation removed them)', async () => {
    const leaver = await staffUser(app, org, { firstName: 'Lee', lastName: 'Gacy' });
    const group = await createGroup(app, org, 'Legacy', [leaver.id]);
    await app.database.dataSource.query('UPDATE user_account SET is_active = false WHERE id = $1', [leaver.id]);
    expect(ok(await call<{ removeApprovalGroupMember: GroupResult }>(REMOVE, { g: group.id, u: leaver.id })).removeApprovalGroupMember.memberCount).toBe(0);
    const other = await createGroup(app, org, 'Legacy too', [(await staffUser(app, org)).id]);
    await app.database.dataSource.query(
      'UPDATE user_account SET deleted_at = now() WHERE id IN (SELECT user_id FROM approval_group_member WHERE group_id = $1)',
      [other.id],
    );
    ok(await call('mutation($id: ID!) { deleteApprovalGroup(id: $id) }', { id: other.id }));
  });

  it('answers NOT_FOUND for unknown and malformed group ids', async () => {
    const user = await staffUser(app, org);
    for (const id of ['00000000-0000-4000-8000-000000000000', 'nope']) {
      for (const [query, variables] of [
        [GROUP, { id }],
        [RENAME, { id, name: 'X' }],
        ['mutation($id: ID!) { deleteApprovalGroup(id: $id) }', { id }],
        [ADD, { g: id, u: [user.id] }],
        [REMOVE, { g: id, u: user.id }],
      ] as const) {
        expect((await call(query, variables)).errors?.[0]?.extensions?.code, query).toBe('NOT_FOUND');
      }
    }
  });

  it('reads with users.read and changes with users.update only', async () => {
    const member = await staffUser(app, org);
    const group = await createGroup(app, org, 'Guarded', [member.id]);
    const reader = await signedInWith(app, org, ['users.access', 'users.read']);
    expect(ok(await call<{ approvalGroup: GroupResult }>(GROUP, { id: group.id }, reader)).approvalGroup.memberCount).toBe(1);
    const before = await groupsSnapshot();
    for (const [query, variables] of [
      ['mutation { createApprovalGroup(input: { name: "Readers" }) { id } }', {}],
      [RENAME, { id: group.id, name: 'Renamed' }],
      ['mutation($id: ID!) { deleteApprovalGroup(id: $id) }', { id: group.id }],
      [REMOVE, { g: group.id, u: member.id }],
    ] as const) {
      expect((await call(query, variables, reader)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const nobody = await signedInWith(app, org, ['users.access']);
    expect((await call('{ approvalGroups { id } }', {}, nobody)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await groupsSnapshot()).toEqual(before);
  });

  it('keeps to the delegation guard: a user manager cannot add, remove or delete around someone holding more', async () => {
    const manager = await signedInWith(app, org, ['users.access', 'users.read', 'users.update']);
    const peer = await staffUser(app, org);
    const group = ok(await call<{ createApprovalGroup: GroupResult }>(
      'mutation($u: [ID!]!) { createApprovalGroup(input: { name: "Managed", memberIds: $u }) { id name memberCount members { id username } } }',
      { u: [peer.id] },
      manager,
    )).createApprovalGroup;
    expect(group.memberCount).toBe(1);
    const withAdmin = await createGroup(app, org, 'Has the administrator', [org.admin.id]);
    const before = await groupsSnapshot();
    for (const [query, variables] of [
      [ADD, { g: group.id, u: [org.admin.id] }],
      [REMOVE, { g: withAdmin.id, u: org.admin.id }],
      ['mutation($id: ID!) { deleteApprovalGroup(id: $id) }', { id: withAdmin.id }],
    ] as const) {
      expect((await call(query, variables, manager)).errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PRIVILEGE_ESCALATION' });
    }
    expect(await groupsSnapshot()).toEqual(before);
    // Renaming touches no one.
    ok(await call(RENAME, { id: withAdmin.id, name: 'Renamed by the manager' }, manager));
  });
});
