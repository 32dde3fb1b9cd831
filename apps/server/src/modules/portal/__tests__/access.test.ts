import { getDirectives } from '@graphql-tools/utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDeclaredSchema } from '../../../graphql/schema.js';
import { createUser } from '../../../test-support/fixtures.js';
import { ok, signedInSuperAdmin, signIn } from '../../../test-support/sessions.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';
import { portalOrg, rowsOfWorker, setPortalAccess, worker, type PortalOrg } from './fixtures.js';
import { PORTAL_OPERATIONS, type PortalIds } from './operations.js';

describe('who may use the worker portal', () => {
  let app: TestApp;
  let org: PortalOrg;

  const codes = (result: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => result.errors?.[0]?.extensions;

  beforeAll(async () => {
    app = await startTestApp();
    org = await portalOrg(app, 'Access Rules Org');
  });
  afterAll(async () => {
    await app.close();
  });

  it('lists every @portal operation in the test table, so none escapes the checks below', async () => {
    const schema = await buildDeclaredSchema();
    const portal = [schema.getQueryType()!, schema.getMutationType()!]
      .flatMap((root) => Object.values(root.getFields()))
      .filter((field) => getDirectives(schema, field).some((directive) => directive.name === 'portal'))
      .map((field) => field.name)
      .sort();
    expect(portal).toEqual(PORTAL_OPERATIONS.map((operation) => operation.name).sort());
  });

  it('refuses every portal operation with PORTAL_ACCESS_OFF while access is off, and serves it again at once when switched on', async () => {
    const wendy = await worker(app, org);
    const ids: PortalIds = await rowsOfWorker(app.database.dataSource, org.tenant.id, wendy.user.id);
    await setPortalAccess(app.database.dataSource, wendy.user.id, false);
    for (const operation of PORTAL_OPERATIONS) {
      const result = await app.graphql(operation.query, operation.variables?.(ids) ?? {}, wendy.token);
      expect(codes(result), operation.name).toMatchObject({ code: 'FORBIDDEN', reason: 'PORTAL_ACCESS_OFF' });
      expect(result.errors?.[0]?.message).toBe('Your portal access is paused. Contact your scheduler.');
    }
    const me = ok(await app.graphql<{ me: { origin: string; portalStatus: string } }>('{ me { origin portalStatus } }', {}, wendy.token)).me;
    expect(me).toEqual({ origin: 'external', portalStatus: 'ACCESS_OFF' });

    // The same token, no new sign-in: access is read from the database on every request.
    await setPortalAccess(app.database.dataSource, wendy.user.id, true);
    for (const operation of PORTAL_OPERATIONS) {
      const result = await app.graphql(operation.query, operation.variables?.(ids) ?? {}, wendy.token);
      expect(result.errors, operation.name).toBeUndefined();
    }
    expect(ok(await app.graphql<{ me: { portalStatus: string } }>('{ me { portalStatus } }', {}, wendy.token)).me.portalStatus).toBe('OPEN');
  });

  it('refuses people who are not on the schedule with NOT_A_PLANNER_USER, super admins included', async () => {
    const clerk = await worker(app, org, { origin: 'internal', plannerAccess: false });
    const operator = await signedInSuperAdmin(app);
    for (const token of [clerk.token, org.token, operator.token]) {
      const result = await app.graphql('{ portalDashboard { cards } }', {}, token);
      expect(codes(result)).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_A_PLANNER_USER' });
    }
    expect(ok(await app.graphql<{ me: unknown }>('{ me { origin portalStatus } }', {}, clerk.token)).me).toEqual({ origin: 'internal', portalStatus: 'NOT_A_PLANNER_USER' });
    expect(ok(await app.graphql<{ me: unknown }>('{ me { origin portalStatus } }', {}, operator.token)).me).toEqual({ origin: null, portalStatus: 'NOT_A_PLANNER_USER' });
    expect((await app.graphql('{ portalDashboard { cards } }')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('opens the portal to an internal user with External Planner Access, who keeps the admin app', async () => {
    const lead = await worker(app, org, { origin: 'internal', plannerAccess: true, roleId: org.adminRoleId });
    expect(ok(await app.graphql<{ portalDashboard: { cards: string[] } }>('{ portalDashboard { cards } }', {}, lead.token)).portalDashboard.cards).toContain('MY_SHIFTS');
    ok(await app.graphql('{ users(first: 1) { totalCount } roles { id } }', {}, lead.token));
  });

  it('refuses external users every admin operation with PORTAL_ONLY, even with the Administrator role', async () => {
    const contractor = await worker(app, org, { roleId: org.adminRoleId });
    for (const query of ['{ users(first: 1) { totalCount } }', '{ roles { id } }', '{ plannerUsers { totalCount } }', 'mutation { createRole(input: { name: "Sneaky" }) { id } }']) {
      const result = await app.graphql(query, {}, contractor.token);
      expect(codes(result), query).toMatchObject({ code: 'FORBIDDEN', reason: 'PORTAL_ONLY' });
    }
    const me = ok(await app.graphql<{ me: { permissions: string[]; portalStatus: string } }>('{ me { permissions portalStatus } }', {}, contractor.token)).me;
    // Clients read permissions to decide what to offer: an external worker is offered no admin screen.
    expect(me).toEqual({ permissions: [], portalStatus: 'OPEN' });
    ok(await app.graphql('{ myApiTokens { id } }', {}, contractor.token));
  });

  it('asks for a new password first, like everywhere else', async () => {
    const ds = app.database.dataSource;
    const pending = await createUser(ds, org.tenant.id, org.workerRoleId);
    await ds.query("UPDATE user_account SET origin = 'external', portal_access = true, password_change_required = true WHERE id = $1", [pending.id]);
    const login = ok(await app.graphql<{ login: { changeToken: string } }>(
      'mutation($input: LoginInput!) { login(input: $input) { ... on PasswordChangeRequired { changeToken } } }',
      { input: { tenant: org.tenant.slug, username: pending.username, password: 'Correct#Horse9' } },
    ));
    const result = await app.graphql('{ portalDashboard { cards } }', {}, login.login.changeToken);
    expect(codes(result)).toMatchObject({ code: 'FORBIDDEN', reason: 'PASSWORD_CHANGE_REQUIRED' });
  });

  it('shows an existing planner user their portal status right after sign-in', async () => {
    const wendy = await worker(app, org);
    const token = await signIn(app, org.tenant.slug, wendy.user.username);
    expect(ok(await app.graphql<{ me: { portalStatus: string } }>('{ me { portalStatus } }', {}, token)).me.portalStatus).toBe('OPEN');
  });
});
