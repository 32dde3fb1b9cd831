import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig, type Config } from '../../config.js';
import { createRole, createTenant, createUser, TEST_PASSWORD } from '../../test-support/fixtures.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';

const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { ... on Session { accessToken } } }';
const SIGN_IN = { ...loadConfig({ NODE_ENV: 'test' }).signIn, addressMaxFailures: 2 };
const trusting = (value: string): Partial<Config> => ({ trustProxy: loadConfig({ TRUST_PROXY: value }).trustProxy, signIn: SIGN_IN });

describe('the client address and protocol behind a proxy', () => {
  let owner: TestApp;
  let tenant: { id: string; slug: string };
  let roleId: string;

  beforeAll(async () => {
    owner = await startTestApp(trusting(''));
    tenant = await createTenant(owner.database.dataSource, 'Proxy Org');
    roleId = (await createRole(owner.database.dataSource, tenant.id, [], 'Staff')).id;
  });
  afterAll(async () => {
    await owner.close();
  });
  beforeEach(async () => {
    await owner.database.dataSource.query("DELETE FROM login_throttle WHERE key LIKE 'address:%'");
  });

  /** Every app shares the owner's database; each test starts one with the TRUST_PROXY it is about. */
  const withApp = async (trustProxy: string, test: (app: TestApp) => Promise<void>) => {
    const app = await startTestApp(trusting(trustProxy), { database: owner.database });
    try {
      await test(app);
    } finally {
      await app.close();
    }
  };
  const signIn = async (app: TestApp, username: string, password: string, headers: Record<string, string> = {}) => {
    await app.settleChanges();
    return fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: LOGIN, variables: { input: { tenant: tenant.slug, username, password } } }),
    });
  };
  const succeeded = async (response: Response) => ((await response.json()) as { data?: unknown }).data != null;
  const refusals = async (userId: string) =>
    owner.database.dataSource.query<Array<{ reason: string; ip: string }>>(
      "SELECT after->>'reason' AS reason, origin->>'ip' AS ip FROM audit_entry WHERE target_id = $1 AND action = 'auth.login_refused' ORDER BY sequence",
      [userId],
    );
  const newUser = () => createUser(owner.database.dataSource, tenant.id, roleId);

  it('by default believes a proxy on this machine, and only the address that proxy saw', async () => {
    const user = await newUser();
    // The client wrote the first entry itself; the proxy on loopback appended the address it saw.
    await signIn(owner, user.username, 'Wrong#Guess1', { 'x-forwarded-for': '203.0.113.9, 198.51.100.7' });
    expect(await refusals(user.id)).toEqual([{ reason: 'WRONG_PASSWORD', ip: '198.51.100.7' }]);
  });

  it('with TRUST_PROXY=false ignores a forged X-Forwarded-For: every attempt counts against the real peer', async () => {
    await withApp('false', async (app) => {
      const user = await newUser();
      await signIn(app, user.username, 'Wrong#Guess1', { 'x-forwarded-for': '198.51.100.1' });
      await signIn(app, user.username, 'Wrong#Guess2', { 'x-forwarded-for': '198.51.100.2' });
      expect(await refusals(user.id)).toEqual([
        { reason: 'WRONG_PASSWORD', ip: '127.0.0.1' },
        { reason: 'WRONG_PASSWORD', ip: '127.0.0.1' },
      ]);
      // Two failures reached the address limit of the one peer they all came from.
      const other = await newUser();
      expect(await succeeded(await signIn(app, other.username, TEST_PASSWORD, { 'x-forwarded-for': '198.51.100.3' }))).toBe(false);
      expect(await refusals(other.id)).toEqual([{ reason: 'LOCKED_OUT', ip: '127.0.0.1' }]);
    });
  });

  it('with TRUST_PROXY=1 counts each forwarded client separately and records its address', async () => {
    await withApp('1', async (app) => {
      const user = await newUser();
      await signIn(app, user.username, 'Wrong#Guess1', { 'x-forwarded-for': '198.51.100.1' });
      await signIn(app, user.username, 'Wrong#Guess2', { 'x-forwarded-for': '198.51.100.1' });
      expect(await refusals(user.id)).toEqual([
        { reason: 'WRONG_PASSWORD', ip: '198.51.100.1' },
        { reason: 'WRONG_PASSWORD', ip: '198.51.100.1' },
      ]);

      const blocked = await newUser();
      expect(await succeeded(await signIn(app, blocked.username, TEST_PASSWORD, { 'x-forwarded-for': '198.51.100.1' }))).toBe(false);
      expect(await refusals(blocked.id)).toEqual([{ reason: 'LOCKED_OUT', ip: '198.51.100.1' }]);
      // Someone else behind the same proxy is not locked out with them.
      const bystander = await newUser();
      expect(await succeeded(await signIn(app, bystander.username, TEST_PASSWORD, { 'x-forwarded-for': '198.51.100.2' }))).toBe(true);
      // One hop: the entry the proxy appended counts, not what the client put before it.
      const spoofer = await newUser();
      await signIn(app, spoofer.username, 'Wrong#Guess1', { 'x-forwarded-for': '203.0.113.9, 198.51.100.3' });
      expect(await refusals(spoofer.id)).toEqual([{ reason: 'WRONG_PASSWORD', ip: '198.51.100.3' }]);
    });
  });

  it('marks the refresh cookie Secure for X-Forwarded-Proto: https only from a trusted proxy', async () => {
    const cookieAfterSignIn = async (app: TestApp) => {
      const user = await newUser();
      const response = await signIn(app, user.username, TEST_PASSWORD, { 'x-forwarded-proto': 'https' });
      expect(await succeeded(response)).toBe(true);
      return response.headers.getSetCookie().find((cookie) => cookie.startsWith('access_refresh='));
    };
    await withApp('1', async (app) => expect(await cookieAfterSignIn(app)).toMatch(/; Secure/));
    await withApp('false', async (app) => {
      const cookie = await cookieAfterSignIn(app);
      expect(cookie).toMatch(/^access_refresh=/);
      expect(cookie).not.toMatch(/; Secure/);
    });
  });
});
