import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousA11yViolations } from './support/axe';
import { screenshot, signIn } from './support/browser';
import { startBrowserSuite, type BrowserSuite } from './support/browser-suite';
import type { TestServer } from './support/server';
import { apiLogin, gqlData } from './support/api';
import { totp } from './support/totp';

const ADMIN = { tenant: 'acme', username: 'admin', password: 'Admin#2026demo' };
/** An active external worker of the demo seed (portal only), who will be asked to use two-step verification. */
const STAFF = { tenant: 'acme', username: 'olivia.nguyen', password: 'Staff#2026demo' };
/** A demo user whose access was released but who has not chosen a password yet (see the demo seed). */
const RELEASED = { tenant: 'acme', username: 'mateo.haddad', password: 'Temp#2026demo!' };

/**
 * Where an external worker lands. Waiting for it (not just for leaving /login) lets the page finish
 * loading before its context closes: a close during a navigation's commit can hang in Chromium.
 */
const inPortal = (url: URL) => url.pathname === '/portal' || url.pathname.startsWith('/portal/');

describe('first sign-in with a temporary password, in Chromium', () => {
  let suite: BrowserSuite | undefined;
  let server: TestServer;

  /** Each step waits at most 15 s, so a stuck step names its locator instead of timing the test out. */
  const openContext = (viewport?: { width: number; height: number }) => suite!.newContext({ viewport, timeout: 15_000 });

  async function expectAccessible(page: Page, name: string) {
    expect(await seriousA11yViolations(page), `axe on ${name}`).toEqual([]);
  }

  beforeAll(async () => {
    suite = await startBrowserSuite();
    ({ server } = suite);
  }, 120_000);

  afterAll(async () => {
    await suite?.close();
  });

  it('makes the user choose a password before anything else, then signs them in; the temporary one is spent', async () => {
    const context = await openContext({ width: 1280, height: 800 });
    const page = await context.newPage();
    await page.goto('/login');
    await signIn(page, RELEASED);

    const form = page.getByRole('form', { name: 'Choose your password' });
    await form.waitFor();
    expect(await page.getByText('You signed in with a temporary password').count()).toBe(1);

    await page.getByLabel('New password', { exact: true }).fill('short');
    const rules = page.getByRole('list', { name: 'Password rules' });
    expect(await rules.getByText('(not met)').count()).toBeGreaterThanOrEqual(3);
    await screenshot(page, '05-choose-password');
    await expectAccessible(page, 'Choose your password');

    await page.getByLabel('New password', { exact: true }).fill('Temp#2026demo!');
    await page.getByLabel('Confirm new password').fill('Temp#2026demo!');
    await page.getByRole('button', { name: 'Save password and continue' }).click();
    await page.getByRole('alert').filter({ hasText: 'temporary' }).waitFor();

    await page.getByLabel('New password', { exact: true }).fill('Harbour#Lights2026');
    await page.getByLabel('Confirm new password').fill('Harbour#Lights2026');
    await page.getByRole('button', { name: 'Save password and continue' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await screenshot(page, '06-after-first-sign-in');
    await context.close();

    const again = await openContext();
    const second = await again.newPage();
    await second.goto('/login');
    await signIn(second, RELEASED);
    await second.getByRole('alert').filter({ hasText: 'Invalid username or password' }).waitFor();
    await signIn(second, { ...RELEASED, password: 'Harbour#Lights2026' });
    await second.waitForURL((url) => !url.pathname.startsWith('/login'));
    await again.close();
  });

  it('enrols an authenticator when an admin requires two-step verification, then asks for a code', async () => {
    const admin = await apiLogin(server.baseURL, ADMIN);
    const token = admin.session!.accessToken;
    const found = await gqlData<{ users: { edges: Array<{ node: { id: string; version: number } }> } }>(
      server.baseURL,
      'query($name: String!) { users(first: 1, filter: { name: $name }) { edges { node { id version } } } }',
      { name: STAFF.username },
      token,
    );
    const { id, version } = found.users.edges[0]!.node;
    await gqlData(server.baseURL, 'mutation($id: ID!, $v: Int!) { updateUser(input: { id: $id, version: $v, twoFactorRequired: true }) { id } }', { id, v: version }, token);

    const context = await openContext({ width: 1280, height: 900 });
    const page = await context.newPage();
    await page.goto('/login');
    await signIn(page, STAFF);
    await page.getByRole('form', { name: 'Set up two-step verification' }).waitFor();
    expect(await page.getByRole('img', { name: 'QR code for your authenticator app' }).count()).toBe(1);
    await screenshot(page, '07-two-factor-enrol');
    await expectAccessible(page, 'Two-step verification set-up');
    const secret = (await page.locator('.two-factor__secret').textContent())!.trim();

    await page.getByLabel('Code from the app').fill('000000');
    await page.getByRole('button', { name: 'Turn on and continue' }).click();
    await page.getByRole('alert').waitFor();
    await page.getByLabel('Code from the app').fill(totp(secret));
    await page.getByRole('button', { name: 'Turn on and continue' }).click();
    const codes = page.getByRole('list', { name: 'Recovery codes' });
    await codes.waitFor();
    expect(await codes.getByRole('listitem').count()).toBe(10);
    await screenshot(page, '08-recovery-codes');
    await expectAccessible(page, 'Recovery codes');
    await page.getByRole('button', { name: 'I have saved them, continue' }).click();
    await page.waitForURL(inPortal);
    await context.close();

    const later = await openContext();
    const second = await later.newPage();
    const visited: string[] = [];
    second.on('framenavigated', (frame) => {
      if (frame === second.mainFrame()) visited.push(new URL(frame.url()).pathname);
    });
    await second.goto('/login');
    await signIn(second, STAFF);
    await second.getByRole('form', { name: 'Two-step verification' }).waitFor();
    await screenshot(second, '09-two-factor-challenge');
    await expectAccessible(second, 'Two-step verification challenge');
    // The code just used is spent; the next one (as the phone will show in a moment) is accepted.
    await second.getByLabel('Code').fill(totp(secret, Date.now() + 30_000));
    await second.getByRole('button', { name: 'Verify' }).click();
    await second.waitForURL(inPortal);
    // An external worker goes from sign-in straight to the portal, never through the admin app.
    expect(visited.filter((pathname) => !pathname.startsWith('/login') && !inPortal(new URL(pathname, server.baseURL)))).toEqual([]);
    await later.close();
    // Two sign-ins, three axe audits and four full-page screenshots: room for a CI machine that runs
    // the server suites alongside.
  }, 120_000);
});
