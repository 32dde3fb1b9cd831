import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiLogin, gql, signInContext, type ApiSession } from './support/api';
import { seriousA11yViolations } from './support/axe';
import { screenshot } from './support/browser';
import { startBrowserSuite, type BrowserSuite } from './support/browser-suite';
import type { TestServer } from './support/server';

/** A seeded active demo user nobody else's test signs in as, so ending her sessions disturbs no one. */
const PRIYA = { tenant: 'acme', username: 'priya.patel', password: 'Auditor#2026demo' };
const NEW_PASSWORD = 'Lantern#Harbour77';
const SUPER_ADMIN = { tenant: '', username: 'superadmin', password: 'Super#2026demo' };

/**
 * The user menu's account pages against the built server: change password (and the other
 * sessions it ends), sessions, and personal API tokens, each checked over the API as well.
 * One server, one browser, tests in order (the password changed first is used afterwards).
 */
describe('account pages in Chromium against the built server', () => {
  let suite: BrowserSuite | undefined;
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  /** An access token of the browser's own session (signInContext shares it with the page). */
  let browserSession: ApiSession;
  /** A session of a script, signed in with the new password (listed on the Sessions page). */
  let script: ApiSession;
  const pageErrors: string[] = [];

  async function expectAccessible(name: string) {
    expect(await seriousA11yViolations(page), `axe on ${name}`).toEqual([]);
  }

  /** `extensions.code` of the first error of `me` with this bearer token, or "OK". */
  async function meWith(token: string): Promise<string> {
    const result = await gql<{ me: { username: string } }>(server.baseURL, '{ me { username } }', {}, token);
    if (result.errors?.length) return String(result.errors[0]?.extensions?.code);
    return result.data?.me.username === PRIYA.username ? 'OK' : `unexpected ${JSON.stringify(result.data)}`;
  }

  async function loginPriya(password: string): Promise<ApiSession> {
    const result = await apiLogin(server.baseURL, { ...PRIYA, password });
    if (!result.session) throw new Error(`priya.patel did not get a session: ${result.typename} ${result.errors ?? ''}`);
    return result.session;
  }

  async function openFromMenu(item: string) {
    await page.getByRole('button', { name: 'Priya Patel' }).click();
    await page.getByRole('menuitem', { name: item }).click();
  }

  beforeAll(async () => {
    suite = await startBrowserSuite();
    ({ server, browser } = suite);
    context = await browser.newContext({
      baseURL: server.baseURL,
      viewport: { width: 1280, height: 800 },
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    context.setDefaultTimeout(10_000);
    page = await context.newPage();
    // Signed in with the browser's own user agent, as if on the sign-in page: "This device" reads like it.
    browserSession = await signInContext(context, server.baseURL, PRIYA, { userAgent: await page.evaluate(() => navigator.userAgent) });
    page.on('pageerror', (error) => pageErrors.push(error.message));
  }, 150_000);

  afterAll(async () => {
    await context?.close();
    await suite?.close();
  });

  it('offers the account pages in the user menu', async () => {
    // An auditor may not read the outbox (it holds temporary passwords): once the server has
    // refused the menu's probe, the menu does not offer it.
    const probed = page.waitForResponse((response) => response.request().postData()?.includes('"DevOutboxProbe"') ?? false);
    await page.goto('/');
    await probed;
    await page.getByRole('button', { name: 'Priya Patel' }).click();
    const menu = page.getByRole('menu', { name: 'Account' });
    expect(await menu.getByRole('menuitem').allTextContents()).toEqual([
      'Change password',
      'Sessions',
      'API tokens',
      'GraphQL playground',
      'Sign out',
    ]);
    await screenshot(page, '100-user-menu-account', { fullPage: false });
    await page.keyboard.press('Escape');
    expect(pageErrors).toEqual([]);
  });

  it('changes the password: wrong current one, weak new one, then success, ending the other sessions', async () => {
    // Two more sessions of the same user, as another browser and a script would have.
    const other = await loginPriya(PRIYA.password);
    const another = await loginPriya(PRIYA.password);
    expect(await meWith(other.accessToken)).toBe('OK');

    await openFromMenu('Change password');
    await page.getByRole('heading', { name: 'Change password', level: 1 }).waitFor();
    const form = page.getByRole('form', { name: 'Change password' });
    const current = form.getByLabel('Current password');
    const submit = form.getByRole('button', { name: 'Change password' });

    // A wrong current password: the server's message next to that field.
    await current.fill('Not-my-password1!');
    await form.getByLabel('New password').fill(NEW_PASSWORD);
    await form.getByLabel('Confirm password').fill(NEW_PASSWORD);
    await submit.click();
    await form.getByText('The current password is not right').waitFor();
    expect(await current.getAttribute('aria-invalid')).toBe('true');
    expect(await meWith(other.accessToken)).toBe('OK');

    // A weak new password: the live checklist says what is missing, and so does the server.
    await current.fill(PRIYA.password);
    await form.getByLabel('New password').fill('harbour');
    await form.getByLabel('Confirm password').fill('harbour');
    const failed = form.locator('.password-checklist li[data-state="failed"]');
    expect(await failed.allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('8 to 60 characters'), expect.stringContaining('An upper-case letter'), expect.stringContaining('A digit')]),
    );
    await submit.click();
    const refusal = form.getByRole('alert').filter({ hasText: 'The server refused this password' });
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('Add an upper-case letter');
    expect(await current.getAttribute('aria-invalid')).toBeNull();
    await screenshot(page, '101-change-password-refused');
    await expectAccessible('Change password (refused)');

    // The current password again is refused too, live and by the server.
    await form.getByLabel('New password').fill(PRIYA.password);
    expect(await form.locator('.password-checklist li[data-state="failed"]').allTextContents()).toEqual([
      expect.stringContaining('Different from the current password'),
    ]);

    await form.getByLabel('New password').fill(NEW_PASSWORD);
    await form.getByLabel('Confirm password').fill(NEW_PASSWORD);
    expect(await form.locator('.password-checklist li[data-state="failed"]').count()).toBe(0);
    await submit.click();
    const success = page.getByRole('status').filter({ hasText: 'Your password is changed' });
    await success.waitFor();
    expect(await success.textContent()).toContain('your other sessions were signed out');
    expect(await current.inputValue()).toBe('');
    await screenshot(page, '102-change-password-done');
    await expectAccessible('Change password (done)');

    // The new password signs in, the old one no longer does.
    script = await loginPriya(NEW_PASSWORD);
    expect((await apiLogin(server.baseURL, PRIYA)).typename).not.toBe('Session');
    // The other sessions ended; this browser's did not.
    expect(await meWith(other.accessToken)).toBe('UNAUTHENTICATED');
    expect(await meWith(another.accessToken)).toBe('UNAUTHENTICATED');
    expect(await meWith(browserSession.accessToken)).toBe('OK');
    await page.reload();
    await page.getByRole('heading', { name: 'Change password', level: 1 }).waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('lists the sessions, marks this device, and signs out another one', async () => {
    // The change above left this browser and the script that signed in with the new password.
    await openFromMenu('Sessions');
    const table = page.getByRole('table', { name: 'Your sessions' });
    await table.waitFor();
    const rows = table.locator('tbody tr');
    await page.waitForFunction(() => document.querySelectorAll('table tbody tr').length === 2);
    const thisDevice = rows.filter({ hasText: 'This device' });
    expect(await thisDevice.count()).toBe(1);
    expect(await thisDevice.getByRole('rowheader').textContent()).toMatch(/Chrome on Linux/);
    expect(await thisDevice.getByRole('button').count()).toBe(0);
    const scriptRow = rows.filter({ hasNotText: 'This device' });
    expect(await scriptRow.getByRole('rowheader').textContent()).toBe('a Node.js script');
    await screenshot(page, '103-sessions');
    await expectAccessible('Sessions');

    await scriptRow.getByRole('button', { name: /^Sign out a Node\.js script/ }).click();
    await page.waitForFunction(() => document.querySelectorAll('table tbody tr').length === 1);
    await page.getByRole('status').filter({ hasText: 'The session was signed out.' }).waitFor();
    expect(await rows.first().textContent()).toContain('This device');
    expect(await meWith(script.accessToken)).toBe('UNAUTHENTICATED');
    expect(await page.getByRole('button', { name: 'Sign out everywhere else' }).count()).toBe(0);

    // Everywhere else: every other session at once, after a confirmation.
    const others = [await loginPriya(NEW_PASSWORD), await loginPriya(NEW_PASSWORD)];
    await page.reload();
    await page.waitForFunction(() => document.querySelectorAll('table tbody tr').length === 3);
    await page.getByRole('button', { name: 'Sign out everywhere else' }).click();
    const confirm = page.getByRole('dialog', { name: 'Sign out everywhere else?' });
    await expectAccessible('Sign out everywhere else dialog');
    await confirm.getByRole('button', { name: 'Sign out 2 sessions' }).click();
    await confirm.waitFor({ state: 'hidden' });
    await page.waitForFunction(() => document.querySelectorAll('table tbody tr').length === 1);
    for (const session of others) expect(await meWith(session.accessToken)).toBe('UNAUTHENTICATED');
    expect(await meWith(browserSession.accessToken)).toBe('OK');
    expect(pageErrors).toEqual([]);
  });

  it('creates an API token whose secret is shown once and works, regenerates it, and revokes it', async () => {
    await openFromMenu('API tokens');
    await page.getByRole('heading', { name: 'No API tokens yet' }).waitFor();
    await expectAccessible('API tokens (empty)');
    await page.getByRole('button', { name: 'Create token' }).click();

    const create = page.getByRole('dialog', { name: 'Create API token' });
    // A name is required: said next to the field.
    await create.getByRole('button', { name: 'Create token' }).click();
    await create.getByText('Name the token').waitFor();
    await create.getByLabel('Name').fill('Reporting script');
    const nextYear = new Date().getFullYear() + 1;
    await create.getByLabel('Expires on (optional)').fill(`${nextYear}-06-30`);
    await screenshot(page, '104-create-api-token');
    await expectAccessible('Create API token dialog');
    await create.getByRole('button', { name: 'Create token' }).click();

    const shown = page.getByRole('dialog', { name: 'Your new API token' });
    await shown.waitFor();
    expect(await shown.getByRole('alert').textContent()).toContain('This is the only time Access shows it');
    const secret = await shown.getByLabel('Secret of “Reporting script”').inputValue();
    expect(secret).toMatch(/^acc_[\w-]{20,}$/);
    await shown.getByRole('button', { name: 'Copy' }).click();
    await shown.getByText('Copied to the clipboard.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
    await screenshot(page, '105-api-token-secret');
    await expectAccessible('API token secret');
    await shown.getByRole('button', { name: 'I have stored it' }).click();
    await shown.waitFor({ state: 'hidden' });

    // Listed by its prefix only; the secret is gone from the page.
    const table = page.getByRole('table', { name: 'Your API tokens' });
    const row = table.locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: 'Reporting script' }) });
    await row.waitFor();
    expect(await row.textContent()).toContain(`${secret.slice(0, 12)}…`);
    expect(await row.textContent()).toContain(String(nextYear));
    expect(await page.content()).not.toContain(secret);

    // The secret works over the API, as a script would send it.
    expect(await meWith(secret)).toBe('OK');
    await page.reload();
    await row.waitFor();
    expect(await row.locator('td').nth(3).textContent()).not.toBe('Never');
    await screenshot(page, '106-api-tokens');
    await expectAccessible('API tokens');

    // Regenerate: confirmed first, then the new secret once; the old one is refused.
    await row.getByRole('button', { name: 'Regenerate Reporting script' }).click();
    const regenerate = page.getByRole('dialog', { name: 'Regenerate “Reporting script”?' });
    expect(await regenerate.textContent()).toContain('The current secret stops working at once');
    await expectAccessible('Regenerate dialog');
    await regenerate.getByRole('button', { name: 'Regenerate secret' }).click();
    const renewed = page.getByRole('dialog', { name: 'New secret for your token' });
    await renewed.waitFor();
    const newSecret = await renewed.getByLabel('Secret of “Reporting script”').inputValue();
    expect(newSecret).toMatch(/^acc_/);
    expect(newSecret).not.toBe(secret);
    expect(await renewed.getByRole('alert').textContent()).toContain('The previous secret of this token has stopped working');
    await renewed.getByRole('button', { name: 'I have stored it' }).click();
    await renewed.waitFor({ state: 'hidden' });
    expect(await row.textContent()).toContain(`${newSecret.slice(0, 12)}…`);
    expect(await meWith(secret)).toBe('UNAUTHENTICATED');
    expect(await meWith(newSecret)).toBe('OK');

    // Revoke: confirmed first; the token leaves the list and its secret is refused.
    await row.getByRole('button', { name: 'Revoke Reporting script' }).click();
    const revoke = page.getByRole('dialog', { name: 'Revoke “Reporting script”?' });
    await expectAccessible('Revoke dialog');
    await revoke.getByRole('button', { name: 'Revoke token' }).click();
    await revoke.waitFor({ state: 'hidden' });
    await page.getByRole('status').filter({ hasText: '“Reporting script” is revoked' }).waitFor();
    await page.getByRole('heading', { name: 'No API tokens yet' }).waitFor();
    expect(await meWith(newSecret)).toBe('UNAUTHENTICATED');
    expect(pageErrors).toEqual([]);
  });

  it('hides Change password and API tokens from a platform super admin', async () => {
    const superContext = await browser.newContext({ baseURL: server.baseURL, viewport: { width: 1280, height: 800 } });
    try {
      await signInContext(superContext, server.baseURL, SUPER_ADMIN);
      const superPage = await superContext.newPage();
      await superPage.goto('/tenants');
      await superPage.getByRole('button', { name: 'Platform Operator' }).click();
      const items = await superPage.getByRole('menu', { name: 'Account' }).getByRole('menuitem').allTextContents();
      expect(items).toContain('Sessions');
      expect(items).not.toContain('Change password');
      expect(items).not.toContain('API tokens');
      await superPage.goto('/account/api-tokens');
      await superPage.getByRole('heading', { name: 'Not available to platform super admins' }).waitFor();
      await superPage.goto('/account/sessions');
      await superPage.getByRole('table', { name: 'Your sessions' }).getByText('This device').waitFor();
    } finally {
      await superContext.close();
    }
  });

  it("checks a new password against the organisation's own policy as it is typed", async () => {
    const admin = await apiLogin(server.baseURL, { tenant: 'acme', username: 'admin', password: 'Admin#2026demo' });
    const updated = await gql(server.baseURL, 'mutation { updatePasswordPolicy(input: { minLength: 16 }) { minLength } }', {}, admin.session!.accessToken);
    expect(updated.errors).toBeUndefined();
    await page.goto('/account/password');
    const rules = page.getByRole('list', { name: 'Password rules' });
    await rules.getByText('16 to 60 characters').waitFor();
    await page.getByLabel('New password', { exact: true }).fill('Fifteen#Chars15');
    expect(await rules.locator('[data-state="failed"]').count()).toBe(1);
  });
});
