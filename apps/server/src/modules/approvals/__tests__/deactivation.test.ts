import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, tenantWithAdmin, type TenantWithAdmin } from '../../../test-support/sessions.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';
import { createDelegation, createGroup, dayFromToday, staffUser, type GroupResult } from './fixtures.js';

const AUDIT = `query($id: ID!) { auditEntries(filter: { targetId: $id }) { edges { node { action after } } } }`;

/** Seed 000: deactivating a user takes them out of approval groups and holiday delegations, visibly. */
describe('approvals after a deactivation or deletion', () => {
  let app: TestApp;
  let org: TenantWithAdmin;

  const call = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}) => app.graphql<T>(query, variables, org.token);

  beforeAll(async () => {
    app = await startTestApp();
    org = await tenantWithAdmin(app, 'Leavers Org');
  });
  afterAll(async () => {
    await app.close();
  });

  it.each([
    ['deactivateUser', 'user.deactivate'],
    ['deleteUser', 'user.delete'],
  ])('%s takes the user out of groups and delegations made through the API, and the audit entry says so', async (mutation, action) => {
    const leaver = await staffUser(app, org, { firstName: 'Lee', lastName: 'Leaver' });
    const stayer = await staffUser(app, org, { firstName: 'Sam', lastName: 'Stayer' });
    const group = await createGroup(app, org, `Signers before ${mutation}`, [leaver.id, stayer.id]);
    const other = await createGroup(app, org, `Reviewers before ${mutation}`, [leaver.id]);
    const away = await createDelegation(app, org, { delegatorId: leaver.id, delegateId: stayer.id, startsOn: dayFromToday(1), endsOn: dayFromToday(3) });
    const cover = await createDelegation(app, org, { delegatorId: stayer.id, delegateId: leaver.id, startsOn: dayFromToday(7), endsOn: dayFromToday(9) });
    const unrelated = await createDelegation(app, org, { delegatorId: stayer.id, delegateId: org.admin.id, startsOn: dayFromToday(20), endsOn: dayFromToday(21) });

    ok(await call(`mutation($id: ID!) { ${mutation}(id: $id) { id } }`, { id: leaver.id }));

    const groups = ok(await call<{ approvalGroups: GroupResult[] }>('{ approvalGroups { id memberCount members { id } } }')).approvalGroups;
    expect(groups.find((entry) => entry.id === group.id)).toEqual({ id: group.id, memberCount: 1, members: [{ id: stayer.id }] });
    expect(groups.find((entry) => entry.id === other.id)).toEqual({ id: other.id, memberCount: 0, members: [] });
    const delegations = ok(await call<{ holidayDelegations: Array<{ id: string }> }>('query($u: ID!) { holidayDelegations(filter: { userId: $u }) { id } }', {
      u: stayer.id,
    })).holidayDelegations.map((delegation) => delegation.id);
    expect(delegations).toEqual([unrelated.id]);
    expect(delegations).not.toContain(away.id);
    expect(delegations).not.toContain(cover.id);

    const entries = ok(await call<{ auditEntries: { edges: Array<{ node: { action: string; after: Record<string, unknown> } }> } }>(AUDIT, { id: leaver.id })).auditEntries.edges;
    const entry = entries.find((edge) => edge.node.action === action)!.node;
    expect(entry.after).toMatchObject({
      removedFromApprovalGroups: [`Reviewers before ${mutation}`, `Signers before ${mutation}`],
      removedHolidayDelegations: 2,
    });
  });

  it('a deactivated user cannot be put back into a group or a delegation', async () => {
    const leaver = await staffUser(app, org);
    const group = await createGroup(app, org, 'Closed doors', [leaver.id]);
    ok(await call('mutation($id: ID!) { deactivateUser(id: $id) { id } }', { id: leaver.id }));
    const readd = await call('mutation($g: ID!, $u: [ID!]!) { addApprovalGroupMembers(groupId: $g, userIds: $u) { id } }', { g: group.id, u: [leaver.id] });
    expect(readd.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'USER_INACTIVE' });
    ok(await call('mutation($id: ID!) { reactivateUser(id: $id) { id } }', { id: leaver.id }));
    // Reactivation brings the account back, not the duties: those are given again on purpose.
    expect(ok(await call<{ approvalGroup: GroupResult }>('query($id: ID!) { approvalGroup(id: $id) { memberCount } }', { id: group.id })).approvalGroup.memberCount).toBe(0);
  });
});
