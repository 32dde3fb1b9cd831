import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, tenantWithAdmin, type TenantWithAdmin } from '../../../test-support/sessions.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';
import { createDelegation, createGroup, dayFromToday, staffUser } from './fixtures.js';

const GROUPS = '{ approvalGroups { id name memberCount members { username role { name } } } }';
const DELEGATIONS = '{ holidayDelegations { id status delegator { username } delegate { username role { name } } } }';
const USER_PAGE = 'query($id: ID!) { user(id: $id) { approvalGroups { name } holidayDelegations { delegator { username } delegate { username } } } }';

describe('approvals lists: SQL statements per request do not grow with the rows', () => {
  let app: TestApp;
  let org: TenantWithAdmin;
  let offset = 0;

  async function statementsFor(query: string, variables: Record<string, unknown> = {}): Promise<number> {
    ok(await app.graphql(query, variables, org.token)); // warm the tenant's access model
    const before = app.database.statements();
    ok(await app.graphql(query, variables, org.token));
    return app.database.statements() - before;
  }

  /** `count` more groups of three, each of whose first member hands over to the second for a few days. */
  async function addRows(count: number): Promise<void> {
    for (let i = 0; i < count; i++, offset++) {
      const people = [await staffUser(app, org), await staffUser(app, org), await staffUser(app, org)];
      await createGroup(app, org, `Group ${offset}`, [...people.map((person) => person.id), org.admin.id]);
      await createDelegation(app, org, { delegatorId: people[0]!.id, delegateId: people[1]!.id, startsOn: dayFromToday(1), endsOn: dayFromToday(5) });
      await createDelegation(app, org, { delegatorId: org.admin.id, delegateId: people[2]!.id, startsOn: dayFromToday(10 * offset + 10), endsOn: dayFromToday(10 * offset + 12) });
    }
  }

  beforeAll(async () => {
    app = await startTestApp();
    org = await tenantWithAdmin(app, 'Counting Approvals');
    await addRows(2);
  });
  afterAll(async () => {
    await app.close();
  });

  it('groups with members, delegations with both people, and a user page cost the same with 2 rows as with 12', async () => {
    const queries: Array<[string, Record<string, unknown>]> = [[GROUPS, {}], [DELEGATIONS, {}], [USER_PAGE, { id: org.admin.id }]];
    const few = [];
    for (const [query, variables] of queries) few.push(await statementsFor(query, variables));
    await addRows(10);
    for (const [index, [query, variables]] of queries.entries()) expect(await statementsFor(query, variables), query).toBe(few[index]);
    for (const count of few) expect(count).toBeLessThanOrEqual(6);
  });
});
