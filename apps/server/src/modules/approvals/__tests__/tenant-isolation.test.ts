import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRole, createUser } from '../../../test-support/fixtures.js';
import { ok, tenantWithAdmin, type TenantWithAdmin } from '../../../test-support/sessions.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';
import { APPROVALS_CROSS_REFERENCES, APPROVALS_ISOLATION_CALLS, type ApprovalIds } from './isolation-calls.js';

describe('approvals: tenant isolation', () => {
  let app: TestApp;
  let a: TenantWithAdmin;
  let b: TenantWithAdmin;
  let aIds: ApprovalIds;
  let bIds: ApprovalIds;

  /** Everything approvals keep for a tenant, plus its audit trail: nothing may change. */
  async function snapshotOf(tenantId: string): Promise<string> {
    const ds = app.database.dataSource;
    const groups = await ds.query('SELECT * FROM approval_group WHERE tenant_id = $1 ORDER BY id', [tenantId]);
    const members = await ds.query(
      'SELECT m.* FROM approval_group_member m JOIN approval_group g ON g.id = m.group_id WHERE g.tenant_id = $1 ORDER BY 1, 2',
      [tenantId],
    );
    const delegations = await ds.query('SELECT * FROM holiday_delegation WHERE tenant_id = $1 ORDER BY id', [tenantId]);
    const audit = await ds.query('SELECT count(*) FROM audit_entry WHERE tenant_id = $1', [tenantId]);
    return JSON.stringify({ groups, members, delegations, audit });
  }

  async function idsFor(org: TenantWithAdmin): Promise<ApprovalIds> {
    const ds = app.database.dataSource;
    const role = await createRole(ds, org.tenant.id, ['users.access'], 'Staff');
    const user = await createUser(ds, org.tenant.id, role.id);
    const other = await createUser(ds, org.tenant.id, role.id);
    const group = ok(await app.graphql<{ createApprovalGroup: { id: string } }>(
      'mutation($u: [ID!]!) { createApprovalGroup(input: { name: "Purchasing", memberIds: $u }) { id } }',
      { u: [user.id] },
      org.token,
    )).createApprovalGroup;
    const delegation = ok(await app.graphql<{ createHolidayDelegation: { id: string } }>(
      'mutation($input: CreateHolidayDelegationInput!) { createHolidayDelegation(input: $input) { id } }',
      { input: { delegatorId: user.id, delegateId: org.admin.id, startsOn: '2099-01-01', endsOn: '2099-01-05' } },
      org.token,
    )).createHolidayDelegation;
    return { groupId: group.id, delegationId: delegation.id, userId: user.id, otherUserId: other.id };
  }

  beforeAll(async () => {
    app = await startTestApp();
    a = await tenantWithAdmin(app, 'Approvals A');
    b = await tenantWithAdmin(app, 'Approvals B');
    aIds = await idsFor(a);
    bIds = await idsFor(b);
  });
  afterAll(async () => {
    await app.close();
  });

  it.each(Object.keys(APPROVALS_ISOLATION_CALLS))("%s with tenant B's ids is NOT_FOUND and changes nothing", async (name) => {
    const before = await snapshotOf(b.tenant.id);
    const call = APPROVALS_ISOLATION_CALLS[name]!(bIds, aIds);
    const result = await app.graphql(call.query, call.variables, a.token);
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await snapshotOf(b.tenant.id)).toEqual(before);
  });

  it.each(Object.keys(APPROVALS_CROSS_REFERENCES))('%s is NOT_FOUND and changes nothing', async (name) => {
    const beforeA = await snapshotOf(a.tenant.id);
    const beforeB = await snapshotOf(b.tenant.id);
    const call = APPROVALS_CROSS_REFERENCES[name]!(bIds, aIds);
    const result = await app.graphql(call.query, call.variables, a.token);
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await snapshotOf(a.tenant.id)).toEqual(beforeA);
    expect(await snapshotOf(b.tenant.id)).toEqual(beforeB);
  });

  it("lists only the tenant's own groups and delegations", async () => {
    const groups = ok(await app.graphql<{ approvalGroups: Array<{ id: string }> }>('{ approvalGroups { id } }', {}, a.token)).approvalGroups;
    expect(groups.map((group) => group.id)).toEqual([aIds.groupId]);
    const delegations = ok(await app.graphql<{ holidayDelegations: Array<{ id: string }> }>('{ holidayDelegations { id } }', {}, a.token)).holidayDelegations;
    expect(delegations.map((delegation) => delegation.id)).toEqual([aIds.delegationId]);
  });

  it("the same calls with tenant A's own ids succeed, so the refusals above are about the tenant", async () => {
    for (const name of ['approvalGroup', 'holidayDelegations', 'addApprovalGroupMembers', 'renameApprovalGroup']) {
      const own = APPROVALS_ISOLATION_CALLS[name]!(aIds, aIds);
      expect((await app.graphql(own.query, own.variables, a.token)).errors, name).toBeUndefined();
    }
  });
});
