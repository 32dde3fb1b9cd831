import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../../test-support/fixtures.js';
import { ok, signIn, tenantWithAdmin, type TenantWithAdmin } from '../../../test-support/sessions.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';

interface Activity {
  loginsLast7Days: number;
  loginsLast30Days: number;
  loginsLast365Days: number;
  signInsSince: string;
  signInsPerDay: Array<{ day: string; signIns: number }>;
}
const ACTIVITY = `query($id: ID!) {
  userActivity(userId: $id) { loginsLast7Days loginsLast30Days loginsLast365Days signInsSince signInsPerDay { day signIns } }
}`;

/** The UTC calendar day `offset` days after the ISO day `from`. */
function dayAfter(from: string, offset: number): string {
  return new Date(Date.parse(`${from}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Issue 17: Recent Activity's sign-ins per UTC day over the 365 calendar days ending today, read in
 * the same statement as the counts, so the chart's total is the year's count.
 */
describe('sign-ins per day on Recent Activity', () => {
  let app: TestApp;
  let org: TenantWithAdmin;

  /** Inserts a sign-in `daysAgo` UTC calendar days before today, at `time` (UTC) on that day. */
  async function signInOn(userId: string, daysAgo: number, time: string) {
    await app.database.dataSource.query(
      `INSERT INTO login_event (tenant_id, user_id, occurred_at)
       VALUES ($1, $2, ((now() AT TIME ZONE 'UTC')::date - $3::int)::timestamp AT TIME ZONE 'UTC' + $4::interval)`,
      [org.tenant.id, userId, daysAgo, time],
    );
  }
  const activity = async (id: string) => ok(await app.graphql<{ userActivity: Activity }>(ACTIVITY, { id }, org.token)).userActivity;

  beforeAll(async () => {
    app = await startTestApp();
    org = await tenantWithAdmin(app, 'Sign-in Chart Org');
  });

  afterAll(async () => {
    await app?.close();
  });

  it('counts each UTC day of the 365 ending today, and the year count is their sum', async () => {
    const user = await createUser(app.database.dataSource, org.tenant.id, org.adminRoleId);
    const other = await createUser(app.database.dataSource, org.tenant.id, org.adminRoleId);
    // Today's sign-ins stay before the present moment so the 7-day count holds them at any hour.
    await signInOn(user.id, 0, '0 seconds');
    await signInOn(user.id, 2, '23:59:59.999');
    await signInOn(user.id, 2, '00:00:00');
    await signInOn(user.id, 2, '12:00:00');
    await signInOn(user.id, 20, '08:00:00');
    await signInOn(user.id, 200, '08:00:00');
    // The window's first day from its first millisecond; the day before it is outside.
    await signInOn(user.id, 364, '00:00:00');
    await signInOn(user.id, 365, '23:59:59.999');
    await signInOn(user.id, 500, '08:00:00');
    await signInOn(other.id, 1, '08:00:00');
    await signIn(app, org.tenant.slug, user.username);

    const result = await activity(user.id);
    const today = dayAfter(result.signInsSince, 364);
    expect(today).toBe(new Date().toISOString().slice(0, 10));
    expect(result.signInsPerDay).toEqual([
      { day: result.signInsSince, signIns: 1 },
      { day: dayAfter(today, -200), signIns: 1 },
      { day: dayAfter(today, -20), signIns: 1 },
      { day: dayAfter(today, -2), signIns: 3 },
      { day: today, signIns: 2 },
    ]);
    expect(result.loginsLast365Days).toBe(result.signInsPerDay.reduce((sum, day) => sum + day.signIns, 0));
    expect(result).toMatchObject({ loginsLast7Days: 5, loginsLast30Days: 6, loginsLast365Days: 8 });
  });

  it('reports an empty year for a user who never signed in', async () => {
    const user = await createUser(app.database.dataSource, org.tenant.id, org.adminRoleId);
    const result = await activity(user.id);
    expect(result).toMatchObject({ loginsLast365Days: 0, signInsPerDay: [] });
    expect(dayAfter(result.signInsSince, 364)).toBe(new Date().toISOString().slice(0, 10));
  });
});
