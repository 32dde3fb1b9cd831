import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';
import { DEMO_LOGINS, DEMO_STAFF_HINT, DEMO_TENANT, seedDemoTenant } from '../demo-tenant.js';

const TABLES = ['tenant', 'role', 'role_permission', 'role_parent', 'user_account', 'super_admin', 'login_event', 'approval_group', 'approval_group_member', 'holiday_delegation'];

describe('demo tenant seed', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  async function counts(): Promise<Record<string, number>> {
    const result: Record<string, number> = {};
    for (const table of TABLES) {
      const [row]: Array<{ count: string | number }> = await app.database.dataSource.query(`SELECT count(*) AS count FROM ${table}`);
      result[table] = Number(row?.count);
    }
    return result;
  }

  it('creates the tenant once; running it again changes nothing', async () => {
    const first = await seedDemoTenant(app.database.dataSource);
    expect(first.created).toBe(true);
    const afterFirst = await counts();
    expect(afterFirst.tenant).toBe(1);
    expect(afterFirst.user_account).toBeGreaterThanOrEqual(50);
    const states: Array<{ state: string }> = await app.database.dataSource.query(`
      SELECT DISTINCT CASE WHEN deleted_at IS NOT NULL THEN 'deleted' WHEN hold_invite THEN 'introduction'
        WHEN NOT is_active THEN 'inactive' WHEN activated_at IS NULL THEN 'released' ELSE 'active' END AS state
      FROM user_account ORDER BY 1`);
    expect(states.map((row) => row.state)).toEqual(['active', 'deleted', 'inactive', 'introduction', 'released']);
    const [events]: Array<{ count: string }> = await app.database.dataSource.query('SELECT count(*) AS count FROM login_event');
    expect(Number(events!.count)).toBeGreaterThan(100);
    expect(afterFirst.role_parent).toBeGreaterThanOrEqual(1);

    const second = await seedDemoTenant(app.database.dataSource);
    expect(second.created).toBe(false);
    expect(await counts()).toEqual(afterFirst);
  });

  it('prints logins that really sign in', async () => {
    for (const login of DEMO_LOGINS) {
      const result = await app.graphql<{ login: { viewer: { username: string } } }>(
        'mutation($input: LoginInput!) { login(input: $input) { ... on Session { viewer { username } } } }',
        { input: { tenant: login.tenant, username: login.username, password: login.password } },
      );
      expect(result.errors, `${login.who} (${login.username})`).toBeUndefined();
      expect(result.data?.login.viewer.username).toBe(login.username);
    }
  });

  it('lets the staff named in the printed hint sign in', async () => {
    const [, username, password] = /\(e\.g\. (\S+)\) sign in with (\S+)$/.exec(DEMO_STAFF_HINT) ?? [];
    const result = await app.graphql('mutation($input: LoginInput!) { login(input: $input) { __typename } }', {
      input: { tenant: DEMO_TENANT.slug, username, password },
    });
    expect(result.errors).toBeUndefined();
  });

  it('lets the demo admin list the demo users', async () => {
    const admin = DEMO_LOGINS.find((login) => login.username === 'admin')!;
    const login = await app.graphql<{ login: { accessToken: string } }>(
      'mutation($input: LoginInput!) { login(input: $input) { ... on Session { accessToken } } }',
      { input: { tenant: DEMO_TENANT.slug, username: admin.username, password: admin.password } },
    );
    const users = await app.graphql<{ users: { totalCount: number } }>('{ users(first: 10) { totalCount } }', {}, login.data!.login.accessToken);
    expect(users.errors).toBeUndefined();
    expect(users.data!.users.totalCount).toBeGreaterThanOrEqual(5);
  });
});
