import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, tenantWithAdmin, type TenantWithAdmin } from '../../../test-support/sessions.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';
import type { UserEntity } from '../../users/user.entity.js';
import { auditEntries, createDelegation, dayFromToday, DELEGATION_FIELDS, signedInWith, staffUser } from './fixtures.js';

const CREATE = `mutation($input: CreateHolidayDelegationInput!) { createHolidayDelegation(input: $input) { ${DELEGATION_FIELDS} } }`;
const LIST = `query($filter: HolidayDelegationFilter) { holidayDelegations(filter: $filter) { ${DELEGATION_FIELDS} } }`;
const REMOVE = 'mutation($id: ID!) { removeHolidayDelegation(id: $id) }';

interface Delegation {
  id: string;
  startsOn: string;
  endsOn: string;
  status: string;
  delegator: { id: string };
  delegate: { id: string };
}

describe('holiday delegations', () => {
  let app: TestApp;
  let org: TenantWithAdmin;
  let ann: UserEntity;
  let bob: UserEntity;

  const call = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, token = org.token) => app.graphql<T>(query, variables, token);
  const snapshot = async () =>
    JSON.stringify([
      await app.database.dataSource.query('SELECT * FROM holiday_delegation WHERE tenant_id = $1 ORDER BY id', [org.tenant.id]),
      await app.database.dataSource.query('SELECT count(*) FROM audit_entry WHERE tenant_id = $1', [org.tenant.id]),
    ]);

  beforeAll(async () => {
    app = await startTestApp();
    org = await tenantWithAdmin(app, 'Delegations Org');
    ann = await staffUser(app, org, { firstName: 'Ann', lastName: 'Away' });
    bob = await staffUser(app, org, { firstName: 'Bob', lastName: 'Backup' });
  });
  afterAll(async () => {
    await app.close();
  });

  it('creates and removes a delegation, inclusive dates, each with its audit entry', async () => {
    const startsOn = dayFromToday(10);
    const endsOn = dayFromToday(12);
    const created = ok(await call<{ createHolidayDelegation: Delegation }>(CREATE, { input: { delegatorId: ann.id, delegateId: bob.id, startsOn, endsOn } }))
      .createHolidayDelegation;
    expect(created).toMatchObject({ startsOn, endsOn, status: 'UPCOMING', delegator: { id: ann.id }, delegate: { id: bob.id } });
    for (const user of [ann, bob]) {
      const onUser = ok(await call<{ user: { holidayDelegations: Array<{ id: string }> } }>(
        'query($id: ID!) { user(id: $id) { holidayDelegations { id } } }',
        { id: user.id },
      )).user.holidayDelegations;
      expect(onUser.map((delegation) => delegation.id)).toContain(created.id);
    }
    // The first and last days are part of it.
    for (const [start, end] of [[endsOn, dayFromToday(20)], [dayFromToday(5), startsOn]]) {
      const overlap = await call(CREATE, { input: { delegatorId: ann.id, delegateId: org.admin.id, startsOn: start, endsOn: end } });
      expect(overlap.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'startsOn', reason: 'HOLIDAY_DELEGATION_OVERLAPS' });
    }
    // The delegate may be away at the same time, handing on to someone else; the day after is free.
    const next = await createDelegation(app, org, { delegatorId: ann.id, delegateId: org.admin.id, startsOn: dayFromToday(13), endsOn: dayFromToday(13) });
    const alsoBob = await createDelegation(app, org, { delegatorId: bob.id, delegateId: org.admin.id, startsOn, endsOn });

    expect(ok(await call<{ removeHolidayDelegation: string }>(REMOVE, { id: created.id })).removeHolidayDelegation).toBe(created.id);
    expect((await call(REMOVE, { id: created.id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const entries = await auditEntries(app, created.id);
    const party = { delegator: 'Ann Away', delegatorId: ann.id, delegate: 'Bob Backup', delegateId: bob.id, startsOn, endsOn };
    expect(entries).toEqual([
      { action: 'holiday_delegation.create', before: null, after: party },
      { action: 'holiday_delegation.remove', before: party, after: null },
    ]);
    ok(await call(REMOVE, { id: next.id }));
    ok(await call(REMOVE, { id: alsoBob.id }));
  });

  it.each([
    ['ends before it starts', () => ({ delegatorId: ann.id, delegateId: bob.id, startsOn: dayFromToday(5), endsOn: dayFromToday(4) }), 'BAD_USER_INPUT', 'endsOn', 'ENDS_BEFORE_STARTS'],
    ['is over already', () => ({ delegatorId: ann.id, delegateId: bob.id, startsOn: dayFromToday(-5), endsOn: dayFromToday(-1) }), 'BAD_USER_INPUT', 'endsOn', 'ENDED_ALREADY'],
    ['names the same person twice', () => ({ delegatorId: ann.id, delegateId: ann.id, startsOn: dayFromToday(1), endsOn: dayFromToday(2) }), 'BAD_USER_INPUT', 'delegateId', 'DELEGATE_IS_DELEGATOR'],
    ['has an impossible date', () => ({ delegatorId: ann.id, delegateId: bob.id, startsOn: '2099-02-30', endsOn: '2099-03-02' }), 'BAD_USER_INPUT', 'startsOn', undefined],
    ['has a date with a time', () => ({ delegatorId: ann.id, delegateId: bob.id, startsOn: dayFromToday(1), endsOn: '2099-03-02T10:00' }), 'BAD_USER_INPUT', 'endsOn', undefined],
    ['names an unknown delegator', () => ({ delegatorId: '00000000-0000-4000-8000-000000000000', delegateId: bob.id, startsOn: dayFromToday(1), endsOn: dayFromToday(2) }), 'NOT_FOUND', 'delegatorId', undefined],
    ['names a malformed delegate', () => ({ delegatorId: ann.id, delegateId: 'bob', startsOn: dayFromToday(1), endsOn: dayFromToday(2) }), 'NOT_FOUND', 'delegateId', undefined],
  ])('refuses a delegation that %s, naming the field, and changes nothing', async (_what, input, code, field, reason) => {
    const before = await snapshot();
    const result = await call(CREATE, { input: input() });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code, field, ...(reason ? { reason } : {}) });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses inactive and deleted parties', async () => {
    const inactive = await staffUser(app, org, { isActive: false });
    const deleted = await staffUser(app, org);
    await app.database.dataSource.query('UPDATE user_account SET deleted_at = now() WHERE id = $1', [deleted.id]);
    const before = await snapshot();
    const days = { startsOn: dayFromToday(1), endsOn: dayFromToday(2) };
    expect((await call(CREATE, { input: { delegatorId: inactive.id, delegateId: bob.id, ...days } })).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'delegatorId',
      reason: 'USER_INACTIVE',
    });
    expect((await call(CREATE, { input: { delegatorId: ann.id, delegateId: inactive.id, ...days } })).errors?.[0]?.extensions).toMatchObject({
      field: 'delegateId',
      reason: 'USER_INACTIVE',
    });
    expect((await call(CREATE, { input: { delegatorId: ann.id, delegateId: deleted.id, ...days } })).errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      field: 'delegateId',
    });
    expect(await snapshot()).toEqual(before);
  });

  it('lists by user and by status, soonest first', async () => {
    const cyd = await staffUser(app, org);
    const dee = await staffUser(app, org);
    const current = await createDelegation(app, org, { delegatorId: cyd.id, delegateId: dee.id, startsOn: dayFromToday(0), endsOn: dayFromToday(3) });
    const upcoming = await createDelegation(app, org, { delegatorId: dee.id, delegateId: cyd.id, startsOn: dayFromToday(30), endsOn: dayFromToday(31) });
    // Past ones are refused through the API; one recorded before it ended is still listed.
    await app.database.dataSource.query(
      'INSERT INTO holiday_delegation (tenant_id, delegator_id, delegate_id, starts_on, ends_on) VALUES ($1, $2, $3, $4, $5)',
      [org.tenant.id, cyd.id, dee.id, dayFromToday(-9), dayFromToday(-1)],
    );
    const list = async (filter: Record<string, unknown>) =>
      ok(await call<{ holidayDelegations: Delegation[] }>(LIST, { filter })).holidayDelegations.map((delegation) => [delegation.id, delegation.status]);
    const all = await list({ userId: cyd.id });
    expect(all).toHaveLength(3);
    expect(all.slice(1)).toEqual([[current.id, 'CURRENT'], [upcoming.id, 'UPCOMING']]);
    expect(all[0]![1]).toBe('PAST');
    expect(await list({ userId: cyd.id, statuses: ['CURRENT', 'UPCOMING'] })).toEqual([[current.id, 'CURRENT'], [upcoming.id, 'UPCOMING']]);
    expect(await list({ userId: dee.id, statuses: ['UPCOMING'] })).toEqual([[upcoming.id, 'UPCOMING']]);
    expect((await call(LIST, { filter: { userId: '00000000-0000-4000-8000-000000000000' } })).errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      field: 'userId',
    });
  });

  it('reads with users.read, changes with users.update, and keeps to the delegation guard', async () => {
    const delegation = await createDelegation(app, org, { delegatorId: org.admin.id, delegateId: bob.id, startsOn: dayFromToday(40), endsOn: dayFromToday(41) });
    const reader = await signedInWith(app, org, ['users.access', 'users.read']);
    expect(ok(await call<{ holidayDelegations: Delegation[] }>(LIST, {}, reader)).holidayDelegations.length).toBeGreaterThan(0);
    const before = await snapshot();
    const days = { startsOn: dayFromToday(50), endsOn: dayFromToday(51) };
    expect((await call(CREATE, { input: { delegatorId: ann.id, delegateId: bob.id, ...days } }, reader)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await call(REMOVE, { id: delegation.id }, reader)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // A user manager may arrange cover between peers, but never step into an administrator's place.
    const manager = await signedInWith(app, org, ['users.access', 'users.read', 'users.update']);
    for (const [query, variables] of [
      [CREATE, { input: { delegatorId: org.admin.id, delegateId: ann.id, ...days } }],
      [CREATE, { input: { delegatorId: ann.id, delegateId: org.admin.id, ...days } }],
      [REMOVE, { id: delegation.id }],
    ] as const) {
      expect((await call(query, variables, manager)).errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PRIVILEGE_ESCALATION' });
    }
    expect(await snapshot()).toEqual(before);
    const peers = ok(await call<{ createHolidayDelegation: Delegation }>(CREATE, { input: { delegatorId: ann.id, delegateId: bob.id, ...days } }, manager));
    ok(await call(REMOVE, { id: peers.createHolidayDelegation.id }, manager));
  });
});
