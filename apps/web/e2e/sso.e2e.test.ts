import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gqlData, signInContext } from './support/api';
import { seriousA11yViolations } from './support/axe';
import { screenshot } from './support/browser';
import { startBrowserSuite, type BrowserSuite } from './support/browser-suite';
import type { TestServer } from './support/server';

const ADMIN = { tenant: 'acme', username: 'admin', password: 'Admin#2026demo' };

/**
 * Single sign-on through the development identity provider the demo server runs for `globex`
 * (OIDC with external authorization), the sign-in page's words for a failed one, and the
 * organisation settings of `acme`. One server, one browser; each test has its own context.
 */
describe('single sign-on and organisation settings in Chromium against the built server', () => {
  let suite: BrowserSuite | undefined;
  let server: TestServer;

  async function expectAccessible(page: Page, name: string) {
    expect(await seriousA11yViolations(page), `axe on ${name}`).toEqual([]);
  }

  /** A page in a fresh context, with its uncaught errors collected. */
  async function openPage(): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
    const context = await suite!.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    return { page, errors, close: () => context.close() };
  }

  beforeAll(async () => {
    suite = await startBrowserSuite();
    ({ server } = suite);
  }, 120_000);

  afterAll(async () => {
    await suite?.close();
  });

  it('signs Sam in through the provider of globex, and lists him as an SSO administrator without "New user"', async () => {
    const { page, errors, close } = await openPage();
    try {
      await page.goto('/login');
      await page.getByLabel('Organisation').fill('globex');
      const start = page.getByRole('link', { name: 'Sign in with Globex Identity (development)' });
      await start.waitFor();
      expect(await page.getByLabel('Username').count()).toBe(0);
      expect(await page.getByLabel('Password').count()).toBe(0);
      await screenshot(page, '140-sign-in-sso');
      await expectAccessible(page, 'Sign-in page with single sign-on');

      await start.click();
      await page.getByRole('heading', { name: 'Globex Identity (development)' }).waitFor();
      expect(new URL(page.url()).pathname).toMatch(/^\/dev\/oidc\//);
      await expectAccessible(page, 'Development identity provider');
      await page.getByRole('link', { name: /^Sam Rivera/ }).click();

      // The callback sets the refresh cookie and sends the browser to the app, which signs in from it.
      await page.getByRole('button', { name: 'Sam Rivera' }).waitFor();
      expect(await page.getByTestId('tenant-name').textContent()).toBe('Globex (single sign-on)');
      await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Users', exact: true }).click();
      const table = page.getByRole('table', { name: 'Users' });
      const sam = table.locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: 'sam.rivera', exact: true }) });
      await sam.waitFor();
      const headers = await table.locator('thead th').allTextContents();
      const cell = async (header: string) => (await sam.locator('th, td').nth(headers.indexOf(header)).textContent())?.trim();
      expect(await cell('Origin')).toBe('SSO');
      expect(await cell('Role')).toBe('Administrator');
      expect(await cell('Name')).toBe('Sam Rivera');
      // Export stays; people come from the provider, so neither creating nor importing them is offered.
      await page.getByRole('button', { name: 'Export CSV' }).waitFor();
      expect(await page.getByRole('button', { name: '+ New user' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Import CSV' }).count()).toBe(0);
      await screenshot(page, '141-sso-users');
      await expectAccessible(page, 'Users of an SSO organisation');

      // His own record: identity from the provider, role from its claim, no password actions.
      await sam.getByRole('link', { name: 'sam.rivera', exact: true }).click();
      await page.getByTestId('identity-managed').filter({ hasText: 'Managed by Globex Identity (development)' }).waitFor();
      expect(await page.getByLabel('Email').getAttribute('readonly')).not.toBeNull();
      await page.getByRole('tab', { name: 'Access', exact: true }).click();
      await page.getByTestId('role-managed').waitFor();
      expect(await page.getByRole('combobox', { name: 'Role', exact: true }).isDisabled()).toBe(true);
      expect(await page.getByRole('button', { name: 'Save role' }).count()).toBe(0);
      await page.getByRole('tab', { name: 'Actions', exact: true }).click();
      await page.getByTestId('passwords-managed').waitFor();
      expect(await page.getByRole('button', { name: 'Reset password…' }).count()).toBe(0);
      await expectAccessible(page, 'Actions of an SSO user');

      // The provider as its settings show it: the secret never comes back, the test reaches it.
      await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Organisation settings' }).click();
      const sso = page.getByRole('form', { name: 'Single sign-on' });
      await sso.getByLabel('Issuer URL').waitFor();
      expect(await sso.getByLabel('Client secret').inputValue()).toBe('');
      expect(await sso.textContent()).toContain('Stored; enter a new one to replace it.');
      expect(await page.getByRole('textbox', { name: 'Redirect URI' }).inputValue()).toBe(`${server.baseURL}/sso/callback`);
      expect(await sso.getByRole('combobox', { name: 'Role for claim value 1' }).locator('option:checked').textContent()).toBe('Administrator');
      await page.getByRole('button', { name: 'Test connection' }).click();
      const report = page.getByTestId('sso-test-report');
      await report.filter({ hasText: 'The provider answered.' }).waitFor();
      expect(await report.textContent()).toContain(`${server.baseURL}/dev/oidc`);
      await screenshot(page, '145-sso-settings');
      await expectAccessible(page, 'Organisation settings with a provider');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('says in words why a single sign-on failed, and keeps the organisation', async () => {
    const { page, errors, close } = await openPage();
    try {
      await page.goto('/login?sso_error=STATE_MISMATCH&organisation=globex');
      const alert = page.getByRole('alert').filter({ hasText: 'Single sign-on did not work' });
      await alert.waitFor();
      expect(await alert.textContent()).toContain('This sign-in was not started on this page');
      expect(await alert.textContent()).not.toContain('STATE_MISMATCH');
      expect(await page.getByLabel('Organisation').inputValue()).toBe('globex');
      await page.getByRole('link', { name: 'Sign in with Globex Identity (development)' }).waitFor();
      await screenshot(page, '142-sso-error');
      await expectAccessible(page, 'Sign-in page after a failed single sign-on');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('lets the acme administrator change the lockout threshold, and refuses one out of range next to the field', async () => {
    const context = await suite!.newContext({ viewport: { width: 1280, height: 800 } });
    const session = await signInContext(context, server.baseURL, ADMIN);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    try {
      await page.goto('/users');
      await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Organisation settings' }).click();
      await page.getByRole('heading', { name: 'Organisation settings', level: 1 }).waitFor();
      const security = page.getByRole('form', { name: 'Security' });
      const threshold = security.getByLabel('Failed sign-ins before lockout');
      expect(await security.textContent()).toContain('Platform default: 5 failed attempts.');

      await threshold.fill('1');
      await security.getByRole('button', { name: 'Save security settings' }).click();
      const fieldError = security.locator('.field--invalid .field__error');
      await fieldError.waitFor();
      expect(await fieldError.textContent()).toBe('Choose a whole number from 3 to 100 failed attempts');
      expect(await threshold.getAttribute('aria-invalid')).toBe('true');
      await screenshot(page, '143-settings-field-error');
      await expectAccessible(page, 'Organisation settings with a field error');

      await threshold.fill('8');
      await security.getByRole('button', { name: 'Save security settings' }).click();
      await security.getByRole('status').filter({ hasText: 'Security settings saved.' }).waitFor();
      expect(await security.locator('.field--invalid').count()).toBe(0);

      await page.reload();
      await security.getByLabel('Failed sign-ins before lockout').waitFor();
      expect(await security.getByLabel('Failed sign-ins before lockout').inputValue()).toBe('8');
      const saved = await gqlData<{ tenantSettings: { lockoutMaxFailures: number } }>(
        server.baseURL,
        '{ tenantSettings { lockoutMaxFailures } }',
        {},
        session.accessToken,
      );
      expect(saved.tenantSettings.lockoutMaxFailures).toBe(8);
      // No provider yet: single sign-on cannot be chosen, and the provider form starts empty.
      expect(await page.getByRole('radio', { name: /^Single sign-on/ }).isDisabled()).toBe(true);
      expect(await page.getByLabel('Issuer URL').inputValue()).toBe('');
      await screenshot(page, '144-organisation-settings');
      await expectAccessible(page, 'Organisation settings');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
