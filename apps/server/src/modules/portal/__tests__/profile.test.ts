import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok } from '../../../test-support/sessions.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';
import { assignSkill, createSkill, portalOrg, worker, type PortalOrg, type SignedInWorker } from './fixtures.js';

describe('portal: My Profile, My Working Hours, My Skills, Configure Notifications', () => {
  let app: TestApp;
  let org: PortalOrg;
  let wendy: SignedInWorker;

  const call = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, token = wendy.token) => app.graphql<T>(query, variables, token);
  const ds = () => app.database.dataSource;

  beforeAll(async () => {
    app = await startTestApp();
    org = await portalOrg(app, 'Profile Org');
    wendy = await worker(app, org);
  });
  afterAll(async () => {
    await app.close();
  });

  it('edits the details: the latest write wins, the version goes up, audited with the worker as actor', async () => {
    const initial = ok(await call<{ myProfile: { username: string; email: string; details: Record<string, unknown> } }>(
      '{ myProfile { username email details { firstName lastName phone address emergencyContactName updatedAt updatedBy } } }',
    )).myProfile;
    expect(initial).toMatchObject({ username: wendy.user.username, details: { firstName: 'Wendy', address: null, updatedAt: null } });

    const update = (input: Record<string, unknown>) =>
      call<{ updateMyProfile: { details: Record<string, unknown> } }>(
        'mutation($input: WorkerDetailsInput!) { updateMyProfile(input: $input) { details { firstName lastName phone address emergencyContactName emergencyContactPhone updatedBy updatedAt } } }',
        { input },
      );
    expect((await update({ firstName: '  ', lastName: 'Worker' })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'firstName' });
    const saved = ok(await update({ firstName: 'Wendy', lastName: 'Walker', phone: '+44 20 7946 0000', address: '1 Quay St', emergencyContactName: 'Sam Walker' })).updateMyProfile.details;
    expect(saved).toMatchObject({ lastName: 'Walker', address: '1 Quay St', emergencyContactName: 'Sam Walker', emergencyContactPhone: null, updatedBy: 'Wendy Worker' });
    expect(saved.updatedAt).not.toBeNull();
    ok(await update({ firstName: 'Wendy', lastName: 'Walsh' }));

    const [user]: Array<{ version: number; last_name: string }> = await ds().query('SELECT version, last_name FROM user_account WHERE id = $1', [wendy.user.id]);
    expect(user).toEqual({ version: 3, last_name: 'Walsh' });
    const audit: Array<{ action: string; actor_user_id: string; target_id: string; before: Record<string, unknown>; after: Record<string, unknown> }> = await ds().query(
      "SELECT action, actor_user_id, target_id, before, after FROM audit_entry WHERE tenant_id = $1 AND action = 'planner.details.update' ORDER BY sequence",
      [org.tenant.id],
    );
    expect(audit).toHaveLength(2);
    expect(audit[1]).toMatchObject({
      actor_user_id: wendy.user.id,
      target_id: wendy.user.id,
      before: { lastName: 'Walker', address: '1 Quay St' },
      after: { lastName: 'Walsh', address: null },
    });
  });

  it('interleaves portal and admin edits: whichever saved last wins, each audited with its own actor', async () => {
    const walt = await worker(app, org, { firstName: 'Walt' });
    const DETAILS = 'details { firstName lastName phone address updatedBy }';
    const fromPortal = (input: Record<string, unknown>) =>
      call<{ updateMyProfile: { details: Record<string, unknown> } }>(`mutation($input: WorkerDetailsInput!) { updateMyProfile(input: $input) { ${DETAILS} } }`, { input }, walt.token);
    const fromAdmin = (input: Record<string, unknown>) =>
      call<{ updateWorkerDetails: { details: Record<string, unknown> } }>(
        `mutation($id: ID!, $input: WorkerDetailsInput!) { updateWorkerDetails(userId: $id, input: $input) { ${DETAILS} } }`,
        { id: walt.user.id, input },
        org.token,
      );
    const adminView = async () =>
      ok(await call<{ workerProfile: { details: Record<string, unknown> } }>(`query($id: ID!) { workerProfile(userId: $id) { ${DETAILS} } }`, { id: walt.user.id }, org.token))
        .workerProfile.details;
    const portalView = async () => ok(await call<{ myProfile: { details: Record<string, unknown> } }>(`{ myProfile { ${DETAILS} } }`, {}, walt.token)).myProfile.details;

    ok(await fromAdmin({ firstName: 'Walt', lastName: 'Whitman', phone: '+1 555 0100', address: 'Office record' }));
    ok(await fromPortal({ firstName: 'Walter', lastName: 'Whitman', phone: '+1 555 0199' }));
    const afterPortal = { firstName: 'Walter', lastName: 'Whitman', phone: '+1 555 0199', address: null, updatedBy: 'Walt Whitman' };
    expect(await adminView()).toEqual(afterPortal);
    expect(await portalView()).toEqual(afterPortal);

    ok(await fromAdmin({ firstName: 'Walter', lastName: 'Whitman-Reyes', phone: '+1 555 0199', address: '5 Dock Rd' }));
    const afterAdmin = { firstName: 'Walter', lastName: 'Whitman-Reyes', phone: '+1 555 0199', address: '5 Dock Rd', updatedBy: 'Ada Admin' };
    expect(await portalView()).toEqual(afterAdmin);
    expect(await adminView()).toEqual(afterAdmin);

    const audit: Array<{ actor_user_id: string; after: Record<string, unknown> }> = await ds().query(
      "SELECT actor_user_id, after FROM audit_entry WHERE target_id = $1 AND action = 'planner.details.update' ORDER BY sequence",
      [walt.user.id],
    );
    expect(audit.map((row) => [row.actor_user_id, row.after.lastName])).toEqual([
      [org.admin.id, 'Whitman'],
      [walt.user.id, 'Whitman'],
      [org.admin.id, 'Whitman-Reyes'],
    ]);
  });

  it('shows the contracted working hours read-only, empty until a scheduler sets them', async () => {
    expect(ok(await call<{ myWorkingHours: unknown }>('{ myWorkingHours { contractedHoursPerWeek maxHoursPerWeek days { weekday start end } } }')).myWorkingHours).toEqual({
      contractedHoursPerWeek: null,
      maxHoursPerWeek: null,
      days: [],
    });
    await ds().query(
      `UPDATE worker_profile SET contracted_hours_per_week = 37.5, max_hours_per_week = 48,
         working_days = '[{"weekday":3,"start":"09:00","end":"17:00"},{"weekday":1,"start":"08:00","end":"16:00"}]' WHERE user_id = $1`,
      [wendy.user.id],
    );
    expect(ok(await call<{ myWorkingHours: unknown }>('{ myWorkingHours { contractedHoursPerWeek maxHoursPerWeek days { weekday start end } } }')).myWorkingHours).toEqual({
      contractedHoursPerWeek: 37.5,
      maxHoursPerWeek: 48,
      days: [
        { weekday: 1, start: '08:00', end: '16:00' },
        { weekday: 3, start: '09:00', end: '17:00' },
      ],
    });
  });

  it('rates an assigned skill from 1 to 5, next to the scheduler\'s level', async () => {
    const forklift = await createSkill(ds(), org.tenant.id, 'Forklift');
    const unassigned = await createSkill(ds(), org.tenant.id, 'Welding');
    await assignSkill(ds(), org.tenant.id, wendy.user.id, forklift, 2);
    const rate = (skillId: string, rating: number) =>
      call<{ rateMySkill: { level: number; selfRating: number; selfRatedAt: string; skill: { name: string } } }>(
        'mutation($id: ID!, $rating: Int!) { rateMySkill(skillId: $id, rating: $rating) { level selfRating selfRatedAt skill { name } } }',
        { id: skillId, rating },
      );
    for (const rating of [0, 6]) expect((await rate(forklift, rating)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rating' });
    expect((await rate(unassigned, 3)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(ok(await rate(forklift, 4)).rateMySkill).toMatchObject({ level: 2, selfRating: 4, skill: { name: 'Forklift' } });
    const skills = ok(await call<{ mySkills: Array<{ skill: { name: string }; selfRating: number }> }>('{ mySkills { skill { name } selfRating } }')).mySkills;
    expect(skills).toEqual([{ skill: { name: 'Forklift' }, selfRating: 4 }]);
  });

  it('keeps every notification on by default and stores each switch', async () => {
    const preferences = async () =>
      ok(await call<{ myNotificationPreferences: Array<{ event: string; email: boolean; description: string }> }>('{ myNotificationPreferences { event email description } }'))
        .myNotificationPreferences;
    const initial = await preferences();
    expect(initial.map((preference) => [preference.event, preference.email])).toEqual([
      ['SHIFT_OFFERED', true],
      ['SHIFT_CANCELLED', true],
      ['REPORT_DUE', true],
      ['CERTIFICATION_REVIEWED', true],
      ['TIME_OFF_REVIEWED', true],
    ]);
    expect(initial.every((preference) => preference.description.length > 0)).toBe(true);
    ok(await call('mutation { setNotificationPreference(event: SHIFT_CANCELLED, email: false) { email } }'));
    ok(await call('mutation { setNotificationPreference(event: SHIFT_CANCELLED, email: false) { email } }'));
    ok(await call('mutation { setNotificationPreference(event: REPORT_DUE, email: false) { email } }'));
    ok(await call('mutation { setNotificationPreference(event: REPORT_DUE, email: true) { email } }'));
    expect((await preferences()).filter((preference) => !preference.email).map((preference) => preference.event)).toEqual(['SHIFT_CANCELLED']);
    const [row]: Array<{ n: number }> = await ds().query('SELECT count(*)::int AS n FROM notification_preference WHERE user_id = $1', [wendy.user.id]);
    expect(row!.n).toBe(2);
  });
});
