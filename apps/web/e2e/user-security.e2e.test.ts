import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiLogin, gql, gqlData, signInContext, type ApiSession, userIdByUsername } from './support/api';
import { seriousA11yViolations } from './support/axe';
import { screenshot, signIn } from './support/browser';
import { startSignedInSuite, type SignedInSuite } from './support/browser-suite';
import type { TestServer } from './support/server';
import { totp } from './support/totp';

const ADMIN = { tenant: 'acme', username: 'admin', password: 'Admin#2026demo' };
/** Active demo staff (see the demo seed); each test below uses its own person. */
const STAFF_PASSWORD = 'Staff#2026demo';
const AUDITOR = { tenant: 'acme', username: 'priya.patel', password: 'Auditor#2026demo' };

const ENROL = `mutation($input: LoginInput!) {
  login(input: $input) { __typename ... on TwoFactorEnrollmentRequired { enrollmentToken secret } }
}`;
const CONFIRM = 'mutation($t: String!, $c: String!) { confirmTwoFactorEnrollment(enrollmentToken: $t, code: $c) { recoveryCodes } }';

/**
 * The Security tab of the user page: an enrolled authenticator and its reset, a user's API tokens
 * (created, used, revoked) and their sessions with "Sign out everywhere", each checked against the API.
 */
describe('user security in Chromium against the built server', () => {
  let suite: SignedInSuite | undefined;
  let server: TestServer;
  let context: BrowserContext;
  let page: Page;
  let admin: ApiSession;
  const pageErrors: string[] = [];

  async function expectAccessible(name: string) {
    expect(await seriousA11yViolations(page), `axe on ${name}`).toEqual([]);
  }
  const userId = (username: string) => userIdByUsername(server.baseURL, admin.accessToken, username);
  const asAdmin = <T>(query: string, variables: Record<string, unknown>) => gqlData<T>(server.baseURL, query, variables, admin.accessToken);

  async function openSecurity(id: string) {
    await page.goto(`/users/${id}?tab=security`);
    await page.getByRole('tablist', { name: 'User record' }).waitFor();
  }

  beforeAll(async () => {
    suite = await startSignedInSuite(ADMIN, { pageErrors });
    ({ server, context, page, session: admin } = suite);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.baseURL });
  }, 150_000);

  afterAll(async () => {
    await suite?.close();
  });

  it('shows an enrolled authenticator with its date, and resets it after a confirmation', async () => {
    const username = 'amara.schmidt';
    const id = await userId(username);
    const { user } = await asAdmin<{ user: { version: number } }>('query($id: ID!) { user(id: $id) { version } }', { id });
    await asAdmin('mutation($id: ID!, $v: Int!) { updateUser(input: { id: $id, version: $v, twoFactorRequired: true }) { id } }', { id, v: user.version });
    const enrol = await gqlData<{ login: { enrollmentToken: string; secret: string } }>(server.baseURL, ENROL, {
      input: { tenant: 'acme', username, password: STAFF_PASSWORD },
    });
    await gqlData(server.baseURL, CONFIRM, { t: enrol.login.enrollmentToken, c: totp(enrol.login.secret) });

    await openSecurity(id);
    const section = page.getByRole('region', { name: 'Two-factor authentication' });
    await section.getByText('Enrolled', { exact: true }).waitFor();
    expect(await section.textContent()).toContain('Authenticator app enrolled on');
    await screenshot(page, '150-user-security');
    await expectAccessible('Security tab');

    await section.getByRole('button', { name: 'Reset two-factor…' }).click();
    const confirm = page.getByRole('dialog', { name: 'Reset two-factor for Amara Schmidt?' });
    expect(await confirm.textContent()).toContain('at their next sign-in they must enrol a new authenticator app');
    await screenshot(page, '151-reset-two-factor-confirm');
    await expectAccessible('Reset two-factor dialog');
    await confirm.getByRole('button', { name: 'Reset two-factor' }).click();
    await section.getByRole('status').filter({ hasText: 'Two-factor was reset.' }).waitFor();
    await section.getByText('Not enrolled', { exact: true }).waitFor();
    expect(await section.getByRole('button', { name: 'Reset two-factor…' }).isDisabled()).toBe(true);

    const after = await asAdmin<{ user: { twoFactorEnabled: boolean; twoFactorEnrolledAt: string | null } }>(
      'query($id: ID!) { user(id: $id) { twoFactorEnabled twoFactorEnrolledAt } }',
      { id },
    );
    expect(after.user).toEqual({ twoFactorEnabled: false, twoFactorEnrolledAt: null });
    expect((await apiLogin(server.baseURL, { tenant: 'acme', username, password: STAFF_PASSWORD })).typename).toBe('TwoFactorEnrollmentRequired');
    expect(pageErrors).toEqual([]);
  });

  it('says next to the organisation toggle that turning 2FA off keeps enrolled people asked for their code', async () => {
    await page.goto('/settings/organisation');
    const toggle = page.getByRole('switch', { name: 'Two-factor authentication for everyone' });
    await toggle.waitFor();
    const describedBy = await toggle.getAttribute('aria-describedby');
    const hint = await page.locator(`[id="${describedBy?.split(' ')[0] ?? ''}"]`).textContent();
    expect(hint).toContain('Turning it off removes no authenticator: people who enrolled keep being asked for their code');
  });

  it('creates an API token for a user, shows its secret once, and revokes it so the API refuses it', async () => {
    const id = await userId('sakura.tanaka');
    await openSecurity(id);
    const tokens = page.getByRole('region', { name: 'API tokens' });
    await tokens.getByText('No API tokens.').waitFor();
    await tokens.getByRole('button', { name: 'Create token…' }).click();

    const create = page.getByRole('dialog', { name: 'Create API token for Sakura Tanaka' });
    await create.getByRole('button', { name: 'Create token' }).click();
    await create.getByText('Name the token').waitFor();
    await create.getByLabel('Name').fill('Nightly export');
    await create.getByLabel('Expires on (optional)').fill(`${new Date().getFullYear() + 1}-06-30`);
    await expectAccessible('Create user API token dialog');
    await create.getByRole('button', { name: 'Create token' }).click();

    const shown = page.getByRole('dialog', { name: 'New API token for Sakura Tanaka' });
    await shown.waitFor();
    expect(await shown.getByRole('alert').textContent()).toContain('This is the only time Access shows it');
    expect(await shown.textContent()).toContain('The token acts as Sakura Tanaka');
    const secret = await shown.getByLabel('Secret of “Nightly export”').inputValue();
    await shown.getByRole('button', { name: 'Copy' }).click();
    await shown.getByText('Copied to the clipboard.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
    await screenshot(page, '152-user-api-token-secret');
    await expectAccessible('New user API token dialog');
    await shown.getByRole('button', { name: 'I have stored it' }).click();
    await shown.waitFor({ state: 'hidden' });

    const me = await gql<{ me: { username: string } }>(server.baseURL, '{ me { username } }', {}, secret);
    expect(me.data?.me.username).toBe('sakura.tanaka');
    await page.reload();
    const row = tokens.getByRole('row', { name: /Nightly export/ });
    await row.waitFor();
    const cells = await row.getByRole('cell').allTextContents();
    expect(cells[0]).toMatch(/^acc_/);
    expect(cells[2]).not.toBe('Never');
    expect(cells[3]).toContain(String(new Date().getFullYear() + 1));

    await row.getByRole('button', { name: 'Revoke Nightly export' }).click();
    const confirm = page.getByRole('dialog', { name: 'Revoke “Nightly export”?' });
    await expectAccessible('Revoke user API token dialog');
    await confirm.getByRole('button', { name: 'Revoke token' }).click();
    await tokens.getByText('No API tokens.').waitFor();
    const refused = await gql(server.baseURL, '{ me { username } }', {}, secret);
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(pageErrors).toEqual([]);
  });

  it("lists a user's session from another browser and signs them out everywhere", async () => {
    const username = 'hana.sato';
    const id = await userId(username);
    const elsewhere = await suite!.newContext({ viewport: { width: 1280, height: 800 } });
    const theirPage = await elsewhere.newPage();
    await theirPage.goto('/login');
    await signIn(theirPage, { tenant: 'acme', username, password: STAFF_PASSWORD });
    // Without admin pages to show, the sign-in lands in the worker portal, whose signed-out visitors go to /portal/login.
    const signedOut = (url: URL) => url.pathname.endsWith('/login');
    await theirPage.waitForURL((url) => url.pathname.startsWith('/portal') && !signedOut(url));
    await theirPage.waitForLoadState('networkidle');
    const signedInAt = theirPage.url();
    await theirPage.reload();
    await theirPage.waitForLoadState('networkidle');
    expect(theirPage.url()).toBe(signedInAt);

    await openSecurity(id);
    const sessions = page.getByRole('region', { name: 'Sessions' });
    const rows = sessions.getByRole('table', { name: 'Sessions of Hana Sato' }).locator('tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('Chrome');

    await sessions.getByRole('button', { name: 'Sign out everywhere…' }).click();
    const confirm = page.getByRole('dialog', { name: 'Sign Hana Sato out everywhere?' });
    expect(await confirm.textContent()).toContain('has to sign in again');
    await screenshot(page, '153-sign-out-everywhere-confirm');
    await expectAccessible('Sign out everywhere dialog');
    await confirm.getByRole('button', { name: 'Sign out everywhere' }).click();
    await sessions.getByRole('status').filter({ hasText: 'Every session of Hana Sato was signed out.' }).waitFor();
    await sessions.getByText('Not signed in anywhere.').waitFor();

    await theirPage.reload();
    await theirPage.waitForURL(signedOut);
    await elsewhere.close();
    expect(pageErrors).toEqual([]);
  });

  it('hides what the viewer may not do, and shows why when the API still refuses', async () => {
    const viewAs = async (credentials: typeof AUDITOR) => {
      const viewerContext = await suite!.newContext({ viewport: { width: 1280, height: 800 } });
      await signInContext(viewerContext, server.baseURL, credentials);
      return { viewerContext, viewerPage: await viewerContext.newPage() };
    };

    // An auditor reads sessions but changes nothing.
    const auditor = await viewAs(AUDITOR);
    await auditor.viewerPage.goto(`/users/${await userId('olivia.nguyen')}?tab=security`);
    await auditor.viewerPage.getByRole('region', { name: 'Sessions' }).getByText('Not signed in anywhere.').waitFor();
    expect(await auditor.viewerPage.getByRole('button', { name: 'Reset two-factor…' }).isDisabled()).toBe(true);
    expect(await auditor.viewerPage.getByRole('region', { name: 'API tokens' }).count()).toBe(0);
    expect(await auditor.viewerPage.getByRole('button', { name: 'Sign out everywhere…' }).count()).toBe(0);
    await auditor.viewerContext.close();

    // A User Manager may sign people out, but not an Administrator, who holds permissions they lack.
    const managerId = await userId('ravi.sharma');
    await asAdmin('mutation($id: ID!) { reactivateUser(id: $id) { id } }', { id: managerId });
    const manager = await viewAs({ tenant: 'acme', username: 'ravi.sharma', password: STAFF_PASSWORD });
    await manager.viewerPage.goto(`/users/${await userId('admin')}?tab=security`);
    await manager.viewerPage.getByRole('button', { name: 'Sign out everywhere…' }).click();
    const confirm = manager.viewerPage.getByRole('dialog', { name: 'Sign Alex Morgan out everywhere?' });
    await confirm.getByRole('button', { name: 'Sign out everywhere' }).click();
    const refusal = confirm.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('needs permissions you do not have');
    expect(await seriousA11yViolations(manager.viewerPage), 'axe on the refused Sign out everywhere dialog').toEqual([]);
    await manager.viewerContext.close();
    expect((await gql(server.baseURL, '{ me { username } }', {}, admin.accessToken)).data).toEqual({ me: { username: 'admin' } });
  });
});
