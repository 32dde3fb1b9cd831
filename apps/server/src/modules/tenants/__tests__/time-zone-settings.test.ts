import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRole, createUser } from '../../../test-support/fixtures.js';
import { ok, signIn, tenantWithAdmin, type TenantWithAdmin } from '../../../test-support/sessions.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';

const UPDATE = `mutation($input: UpdateTenantSettingsInput!) { updateTenantSettings(input: $input) { timeZone } }`;
const READ = `{ tenantSettings { timeZone } me { timeZone ownTimeZone tenantTimeZone } }`;
const USER = `query($id: ID!) { user(id: $id) { timeZone effectiveTimeZone version } }`;
const UPDATE_USER = `mutation($input: UpdateUserInput!) { updateUser(input: $input) { timeZone effectiveTimeZone } }`;
const SET_MINE = `mutation($zone: String) { setMyTimeZone(timeZone: $zone) }`;
const ME = `{ me { timeZone ownTimeZone } }`;

describe('time zone settings', () => {
  let app: TestApp;
  let org: TenantWithAdmin;
  let other: TenantWithAdmin;

  const audits = (tenantId: string, action: string) =>
    app.database.dataSource.query('SELECT before, after FROM audit_entry WHERE tenant_id = $1 AND action = $2 ORDER BY sequence', [tenantId, action]);

  beforeAll(async () => {
    app = await startTestApp();
    org = await tenantWithAdmin(app, 'Zone Org');
    other = await tenantWithAdmin(app, 'Other Zone Org');
  });
  afterAll(async () => {
    await app.close();
  });

  it('start in UTC for the tenant and follow it for every user', async () => {
    expect(ok(await app.graphql(READ, {}, org.token))).toEqual({ tenantSettings: { timeZone: 'UTC' }, me: { timeZone: 'UTC', ownTimeZone: null, tenantTimeZone: 'UTC' } });
  });

  it('refuse an unknown zone on the field, changing nothing', async () => {
    const refused = await app.graphql(UPDATE, { input: { timeZone: 'Europe/Atlantis' } }, org.token);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'timeZone', reason: 'TENANT_SETTINGS_INVALID' });
    const offset = await app.graphql(UPDATE, { input: { timeZone: '+02:00' } }, org.token);
    expect(offset.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'timeZone' });
    expect(await app.database.dataSource.query('SELECT settings FROM tenant WHERE id = $1', [org.tenant.id])).toEqual([{ settings: null }]);
    expect(await audits(org.tenant.id, 'tenant.update_settings')).toEqual([]);
  });

  it("change the tenant's zone, audited, without touching another tenant", async () => {
    expect(ok(await app.graphql(UPDATE, { input: { timeZone: 'Pacific/Auckland' } }, org.token))).toEqual({ updateTenantSettings: { timeZone: 'Pacific/Auckland' } });
    expect(ok(await app.graphql(READ, {}, org.token))).toEqual({ tenantSettings: { timeZone: 'Pacific/Auckland' }, me: { timeZone: 'Pacific/Auckland', ownTimeZone: null, tenantTimeZone: 'Pacific/Auckland' } });
    expect(await audits(org.tenant.id, 'tenant.update_settings')).toEqual([{ before: { timeZone: 'UTC' }, after: { timeZone: 'Pacific/Auckland' } }]);
    expect(ok(await app.graphql(READ, {}, other.token))).toMatchObject({ tenantSettings: { timeZone: 'UTC' } });
    // An alias Intl resolves is a zone too.
    ok(await app.graphql(UPDATE, { input: { timeZone: 'Asia/Calcutta' } }, other.token));
    expect(ok(await app.graphql(READ, {}, other.token))).toMatchObject({ tenantSettings: { timeZone: 'Asia/Calcutta' } });
  });

  it("let an administrator give a user their own zone and take it back to the tenant's", async () => {
    const worker = await createUser(app.database.dataSource, org.tenant.id, org.adminRoleId);
    const read = async () => ok(await app.graphql<{ user: { timeZone: string | null; effectiveTimeZone: string; version: number } }>(USER, { id: worker.id }, org.token)).user;
    const start = await read();
    expect(start).toMatchObject({ timeZone: null, effectiveTimeZone: 'Pacific/Auckland' });

    const refused = await app.graphql(UPDATE_USER, { input: { id: worker.id, version: start.version, timeZone: 'Mars/Olympus_Mons' } }, org.token);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'timeZone', reason: 'UNKNOWN_TIME_ZONE' });
    expect((await read()).timeZone).toBeNull();

    ok(await app.graphql(UPDATE_USER, { input: { id: worker.id, version: start.version, timeZone: 'America/New_York' } }, org.token));
    const own = await read();
    expect(own).toMatchObject({ timeZone: 'America/New_York', effectiveTimeZone: 'America/New_York' });
    expect((await audits(org.tenant.id, 'user.update')).at(-1)).toEqual({ before: { timeZone: null }, after: { timeZone: 'America/New_York' } });

    ok(await app.graphql(UPDATE_USER, { input: { id: worker.id, version: own.version, timeZone: '' } }, org.token));
    expect(await read()).toMatchObject({ timeZone: null, effectiveTimeZone: 'Pacific/Auckland' });
  });

  it('let anyone choose their own zone, with no permission over users', async () => {
    const plain = await createRole(app.database.dataSource, org.tenant.id, ['tenant.access'], 'Plain');
    const person = await createUser(app.database.dataSource, org.tenant.id, plain.id);
    const token = await signIn(app, org.tenant.slug, person.username);
    expect(ok(await app.graphql(SET_MINE, { zone: 'America/New_York' }, token))).toEqual({ setMyTimeZone: 'America/New_York' });
    expect(ok(await app.graphql(ME, {}, token))).toEqual({ me: { timeZone: 'America/New_York', ownTimeZone: 'America/New_York' } });
    const refused = await app.graphql(SET_MINE, { zone: 'Nowhere/Special' }, token);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'timeZone' });
    expect(ok(await app.graphql(SET_MINE, { zone: null }, token))).toEqual({ setMyTimeZone: 'Pacific/Auckland' });
    expect(ok(await app.graphql(ME, {}, token))).toEqual({ me: { timeZone: 'Pacific/Auckland', ownTimeZone: null } });
    expect((await audits(org.tenant.id, 'user.update')).slice(-2)).toEqual([
      { before: { timeZone: null }, after: { timeZone: 'America/New_York' } },
      { before: { timeZone: 'America/New_York' }, after: { timeZone: null } },
    ]);
  });
});
