import { readFile } from 'node:fs/promises';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiLogin, gqlData } from './support/api';
import { seriousA11yViolations } from './support/axe';
import { screenshot, signIn } from './support/browser';
import { startSignedInSuite, type SignedInSuite } from './support/browser-suite';

const SUPER_ADMIN = { tenant: '', username: 'superadmin', password: 'Super#2026demo' };
const TENANT = { name: 'Harbour Logistics', slug: 'hbr-logistics' };
const FIRST_ADMIN = { tenant: TENANT.slug, username: 'hana.first', password: 'Harbour#Keel2026' };
const FIRST_ADMIN_EMAIL = 'hana.first@harbour.example';
const RENAMED = 'Harbour Logistics Group';

/**
 * The platform console walked by the demo super admin against the built server: onboarding an
 * organisation whose first administrator activates their account from the mailed link, suspending
 * and reactivating it, the super admin accounts, and the platform audit trail with its pickers and
 * CSV export. One server, tests in
 * order, each building on the last.
 */
describe('platform console in Chromium against the built server', () => {
  let suite: SignedInSuite | undefined;
  let page: Page;
  let firstAdminContext: BrowserContext | undefined;
  let firstAdmin: Page;
  const pageErrors: string[] = [];

  async function expectAccessible(name: string, on: Page = page) {
    expect(await seriousA11yViolations(on), `axe on ${name}`).toEqual([]);
  }

  /**
   * The activation link mailed to `email`. Without SMTP the built server keeps mail in the
   * development outbox, which a super admin reads from inside the tenant; the mode belongs to the
   * account, so the test leaves again before the browser carries on.
   */
  async function mailedActivationToken(tenantSlug: string, email: string): Promise<string> {
    const { baseURL } = suite!.server;
    const token = (await apiLogin(baseURL, SUPER_ADMIN)).session!.accessToken;
    const api = <T>(query: string, variables: Record<string, unknown> = {}) => gqlData<T>(baseURL, query, variables, token);
    const { tenants } = await api<{ tenants: Array<{ id: string; slug: string }> }>('query($s: String) { tenants(filter: { search: $s }) { id slug } }', {
      s: tenantSlug,
    });
    const tenant = tenants.find((candidate) => candidate.slug === tenantSlug);
    if (!tenant) throw new Error(`No tenant ${tenantSlug}`);
    await api('mutation($id: ID!) { enterTenant(tenantId: $id) { id } }', { id: tenant.id });
    try {
      const { devOutbox } = await api<{ devOutbox: Array<{ to: string; text: string }> }>('{ devOutbox(limit: 20) { to text } }');
      const mail = devOutbox.find((message) => message.to.includes(email));
      const link = /\/activate\?token=([\w-]+)/.exec(mail?.text ?? '')?.[1];
      if (!link) throw new Error(`No activation link for ${email} in the outbox`);
      return link;
    } finally {
      await api('mutation { leaveTenant }');
    }
  }

  /** The whole table is in view, actions included, without scrolling it sideways (the viewport is a laptop's). */
  const fitsWithoutScrolling = (table: Locator) => table.evaluate((element) => element.scrollWidth <= (element.parentElement?.clientWidth ?? 0));

  const tenantsTable = () => page.getByRole('table', { name: 'Tenants' });
  const tenantRow = (name: string) => tenantsTable().locator('tbody tr').filter({ has: page.getByRole('rowheader', { name, exact: true }) });

  beforeAll(async () => {
    suite = await startSignedInSuite(SUPER_ADMIN, { pageErrors, acceptDownloads: true });
    page = suite.page;
  }, 150_000);

  afterAll(async () => {
    await firstAdminContext?.close();
    await suite?.close();
  });

  it('searches the tenants on the server and onboards one, refusing a bad sign-in name first', async () => {
    await page.goto('/tenants');
    await tenantRow('Acme Operations').waitFor();
    expect(await tenantsTable().locator('thead th').allTextContents()).toEqual(['Organisation', 'Sign-in name', 'Status', 'Created', 'Actions']);
    expect(await tenantRow('Acme Operations').locator('td').nth(1).textContent()).toBe('Active');
    expect(await page.getByRole('navigation', { name: 'Modules' }).getByRole('link').allTextContents()).toEqual([
      'Tenants',
      'Super admins',
      'Platform audit',
      'Permissions Reference',
    ]);

    const search = page.getByRole('search', { name: 'Search tenants' }).getByLabel('Search');
    await search.fill('harbour');
    await page.getByRole('heading', { name: 'No organisation matches “harbour”' }).waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe('harbour');
    await search.fill('ACM');
    await tenantRow('Acme Operations').waitFor();
    await screenshot(page, 'platform-00-tenants');
    await expectAccessible('Tenants');

    await page.getByRole('button', { name: 'New tenant' }).click();
    const dialog = page.getByRole('dialog', { name: 'New tenant' });
    const slug = dialog.getByLabel('Sign-in name');
    await dialog.getByLabel('Organisation name').fill(TENANT.name);
    expect(await slug.inputValue()).toBe('harbour-logistics');
    // Checked as typed, by the rule the server applies.
    await slug.fill('Hbr');
    await dialog.getByText('Use lower-case letters a-z, digits and hyphens only').waitFor();
    expect(await slug.getAttribute('aria-invalid')).toBe('true');

    // The server's refusals land next to their fields: first the address, then the taken slug.
    await slug.fill('acme');
    await dialog.getByLabel('Username').fill(FIRST_ADMIN.username);
    await dialog.getByLabel('Email').fill('hana.first');
    await dialog.getByLabel('First name').fill('Hana');
    await dialog.getByLabel('Last name').fill('Okafor');
    await dialog.getByRole('button', { name: 'Create tenant' }).click();
    await dialog.getByText('Enter a valid email address, like name@example.com').waitFor();
    expect(await dialog.getByLabel('Email').getAttribute('aria-invalid')).toBe('true');
    expect(await slug.getAttribute('aria-invalid')).toBeNull();
    await dialog.getByLabel('Email').fill(FIRST_ADMIN_EMAIL);
    await dialog.getByRole('button', { name: 'Create tenant' }).click();
    await dialog.getByText('The sign-in name "acme" is taken by another organisation').waitFor();
    expect(await slug.getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'platform-01-new-tenant-refused');
    await expectAccessible('New tenant dialog with errors');

    await slug.fill(TENANT.slug);
    await dialog.getByRole('button', { name: 'Create tenant' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const notice = page.getByRole('status').filter({ hasText: `${TENANT.name} is ready` });
    await notice.waitFor();
    expect(await notice.textContent()).toContain(`An activation link was mailed to ${FIRST_ADMIN_EMAIL}.`);
    // The search is cleared so the new tenant shows beside the others.
    await tenantRow(TENANT.name).waitFor();
    expect(await tenantRow(TENANT.name).locator('td').allTextContents()).toEqual([TENANT.slug, 'Active', expect.any(String), expect.stringContaining('Enter tenant')]);
    await tenantRow('Acme Operations').waitFor();

    // A sign-in name only the new tenant has: the server matches slugs as well as names.
    await search.fill('hbr');
    await tenantRow('Acme Operations').waitFor({ state: 'detached' });
    expect(await tenantsTable().getByRole('rowheader').allTextContents()).toEqual([TENANT.name]);
    expect(pageErrors).toEqual([]);
  });

  it('lets the first administrator activate the account from the mailed link and sign in', async () => {
    const token = await mailedActivationToken(TENANT.slug, FIRST_ADMIN_EMAIL);
    firstAdminContext = await suite!.newContext({ viewport: { width: 1280, height: 800 } });
    firstAdmin = await firstAdminContext.newPage();
    firstAdmin.on('pageerror', (error) => pageErrors.push(error.message));

    await firstAdmin.goto(`/activate?token=${token}`);
    await firstAdmin.getByLabel('New password').fill(FIRST_ADMIN.password);
    await firstAdmin.getByLabel('Confirm password').fill(FIRST_ADMIN.password);
    await firstAdmin.getByRole('button', { name: 'Activate account' }).click();
    await firstAdmin.getByRole('heading', { name: 'Account activated' }).waitFor();
    await firstAdmin.getByRole('link', { name: 'Sign in' }).click();
    await signIn(firstAdmin, FIRST_ADMIN);
    await firstAdmin.waitForURL('**/users');
    const users = firstAdmin.getByRole('table', { name: 'Users' });
    await users.getByRole('rowheader', { name: FIRST_ADMIN.username, exact: true }).waitFor();
    expect(await users.getByRole('rowheader').allTextContents()).toEqual([FIRST_ADMIN.username]);
    expect(await firstAdmin.getByTestId('tenant-name').textContent()).toBe(TENANT.name);
    expect(pageErrors).toEqual([]);
  });

  it('suspends the tenant, which shuts its administrator out, and reactivates it', async () => {
    await page.getByRole('button', { name: `Suspend ${TENANT.name}` }).click();
    const suspend = page.getByRole('dialog', { name: `Suspend ${TENANT.name}?` });
    await suspend.getByLabel('Reason (optional)').fill('Contract paused at the customer’s request');
    await expectAccessible('Suspend tenant dialog');
    await suspend.getByRole('button', { name: 'Suspend tenant' }).click();
    await suspend.waitFor({ state: 'hidden' });
    await tenantRow(TENANT.name).getByText(/^Suspended since /).waitFor();
    await page.getByRole('button', { name: `Reactivate ${TENANT.name}` }).waitFor();
    await screenshot(page, 'platform-02-tenant-suspended');
    expect(await fitsWithoutScrolling(tenantsTable())).toBe(true);

    // The open session is refused on its next request, and so is a new sign-in.
    await firstAdmin.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Roles' }).click();
    await firstAdmin.waitForURL(/\/login\?next=/);
    await signIn(firstAdmin, FIRST_ADMIN);
    await firstAdmin.getByRole('alert').filter({ hasText: 'Invalid username or password' }).waitFor();
    expect(new URL(firstAdmin.url()).pathname).toBe('/login');

    await page.getByRole('button', { name: `Reactivate ${TENANT.name}` }).click();
    const reactivate = page.getByRole('dialog', { name: `Reactivate ${TENANT.name}?` });
    await expectAccessible('Reactivate tenant dialog');
    await reactivate.getByRole('button', { name: 'Reactivate tenant' }).click();
    await reactivate.waitFor({ state: 'hidden' });
    await tenantRow(TENANT.name).getByText('Active', { exact: true }).waitFor();

    await signIn(firstAdmin, FIRST_ADMIN);
    await firstAdmin.waitForURL((url) => !url.pathname.startsWith('/login'));
    await firstAdmin.getByRole('table', { name: 'Roles' }).waitFor();

    // A rename changes what people see, never what they type at sign-in.
    await page.getByRole('button', { name: `Rename ${TENANT.name}` }).click();
    const rename = page.getByRole('dialog', { name: `Rename ${TENANT.name}` });
    await rename.getByLabel('Organisation name').fill(RENAMED);
    await rename.getByRole('button', { name: 'Rename' }).click();
    await rename.waitFor({ state: 'hidden' });
    await page.getByRole('status').filter({ hasText: `${TENANT.name} is now called ${RENAMED}; people still sign in with “${TENANT.slug}”.` }).waitFor();
    expect(await tenantRow(RENAMED).locator('td').first().textContent()).toBe(TENANT.slug);
    expect(pageErrors).toEqual([]);
  });

  it('creates a super admin, and refuses to deactivate the last active one', async () => {
    await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Super admins' }).click();
    const table = page.getByRole('table', { name: 'Super admins' });
    const row = (name: string) => table.locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${name}`) }) });
    await row('Platform Operator').waitFor();
    expect(await table.locator('thead th').allTextContents()).toEqual(['Account', 'Status', 'Authenticator', 'Last sign-in', 'Actions']);
    expect(await row('Platform Operator').getByRole('rowheader').textContent()).toBe('Platform Operator You superadmin');
    await expectAccessible('Super admins');

    await page.getByRole('button', { name: 'New super admin' }).click();
    const dialog = page.getByRole('dialog', { name: 'New super admin' });
    await dialog.getByText('An authenticator is enrolled at the first sign-in').waitFor();
    await dialog.getByLabel('Username').fill('superadmin');
    await dialog.getByLabel('Display name').fill('Night Operator');
    await dialog.getByLabel('Email').fill('night.operator@platform.example');
    await dialog.getByLabel('Password', { exact: true }).fill('short');
    expect(await dialog.getByRole('list', { name: 'Password rules' }).getByText('(not met)').count()).toBeGreaterThanOrEqual(3);
    await dialog.getByLabel('Password', { exact: true }).fill('Night#Watch2026');
    await dialog.getByLabel('Confirm password').fill('Night#Watch2026');
    await dialog.getByRole('button', { name: 'Create super admin' }).click();
    await dialog.getByText('The username "superadmin" is taken').waitFor();
    expect(await dialog.getByLabel('Username').getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'platform-03-new-super-admin-refused');
    await expectAccessible('New super admin dialog with an error');
    await dialog.getByLabel('Username').fill('night.operator');
    await dialog.getByRole('button', { name: 'Create super admin' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('status').filter({ hasText: 'Night Operator can sign in as night.operator' }).waitFor();
    expect(await row('Night Operator').getByRole('rowheader').textContent()).toBe('Night Operator night.operator · night.operator@platform.example');
    expect(await row('Night Operator').locator('td').allTextContents()).toEqual([
      'Active',
      'At next sign-in',
      'Never',
      'Deactivate',
    ]);

    await page.getByRole('button', { name: 'Deactivate Night Operator' }).click();
    const deactivate = page.getByRole('dialog', { name: 'Deactivate Night Operator?' });
    await deactivate.getByRole('button', { name: 'Deactivate account' }).click();
    await deactivate.waitFor({ state: 'hidden' });
    await row('Night Operator').getByText(/^Deactivated since /).waitFor();
    await screenshot(page, 'platform-04-super-admins');
    expect(await fitsWithoutScrolling(table)).toBe(true);

    // Now the demo account is the only active one: the server refuses, and the dialog says why.
    await page.getByRole('button', { name: 'Deactivate Platform Operator' }).click();
    const last = page.getByRole('dialog', { name: 'Deactivate Platform Operator?' });
    expect(await last.textContent()).toContain('this is your own account, so you are signed out too');
    await last.getByRole('button', { name: 'Deactivate account' }).click();
    const refusal = last.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('Platform Operator is the last active super admin, and the platform must keep one.');
    expect(await last.getByRole('button', { name: 'Deactivate account' }).count()).toBe(0);
    await screenshot(page, 'platform-05-last-super-admin');
    await expectAccessible('Last super admin refusal');
    await last.getByRole('button', { name: 'Close' }).click();
    expect(await row('Platform Operator').locator('td').first().textContent()).toBe('Active');
    expect(pageErrors).toEqual([]);
  });

  it('lists the platform audit trail newest first, filtered by action', async () => {
    await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Platform audit' }).click();
    const table = page.getByRole('table', { name: 'Audit entries, newest first' });
    const actions = () => table.getByRole('rowheader').allTextContents();
    // The demo seed writes nothing on the platform trail: only this file's changes are there.
    await page.getByText('Showing 6 of 6').waitFor();
    expect(await actions()).toEqual([
      'super_admin.deactivate',
      'super_admin.create',
      'tenant.rename',
      'tenant.reactivate',
      'tenant.suspend',
      'tenant.create',
    ]);
    await screenshot(page, 'platform-06-audit');
    expect(await fitsWithoutScrolling(table)).toBe(true);
    await expectAccessible('Platform audit');

    await page.getByLabel('Action').selectOption('tenant.suspend');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/action=tenant\.suspend/);
    await page.getByText('Showing 1 of 1').waitFor();
    expect(await actions()).toEqual(['tenant.suspend']);
    const entry = table.locator('tbody tr').first();
    expect(await entry.textContent()).toContain('Platform Operator');
    await entry.getByRole('button', { name: /Show changes/ }).click();
    const diff = page.locator('.audit-diff');
    await diff.waitFor();
    expect(await diff.textContent()).toContain('Contract paused at the customer’s request');
    await expectAccessible('Platform audit entry details');
    expect(pageErrors).toEqual([]);
  });

  it('picks super admins and tenants by name and exports the filtered platform trail as CSV', async () => {
    await page.goto('/platform/audit');
    const table = page.getByRole('table', { name: 'Audit entries, newest first' });
    const actions = () => table.getByRole('rowheader').allTextContents();
    await page.getByText('Showing 6 of 6').waitFor();

    // Targets are tenants (by name or sign-in name) and super admin accounts.
    const target = page.getByRole('combobox', { name: 'Target' });
    await target.fill('hbr');
    await page.getByRole('option', { name: `${RENAMED} (${TENANT.slug}) Tenant` }).waitFor();
    await screenshot(page, 'platform-07-audit-target-picker');
    await expectAccessible('Platform audit with the target suggestions open');
    await target.press('Enter');
    expect(await target.inputValue()).toBe(`${RENAMED} (${TENANT.slug})`);
    const actor = page.getByRole('combobox', { name: 'Super admin' });
    await actor.fill('operator');
    await page.getByRole('option', { name: 'Platform Operator (superadmin) Super admin' }).click();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL((url) => !!url.searchParams.get('actor') && !!url.searchParams.get('target'));
    await page.getByText('Showing 4 of 4').waitFor();
    expect(await actions()).toEqual(['tenant.rename', 'tenant.reactivate', 'tenant.suspend', 'tenant.create']);
    const tenantId = new URL(page.url()).searchParams.get('target');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^platform-audit-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = (await readFile((await download.path()) as string, 'utf8')).trimEnd().split('\r\n');
    expect(lines[0]).toBe('occurredAt,actor,actorUserId,actorSuperAdminId,action,targetType,targetId,targetLabel,before,after,originIp');
    expect(lines.slice(1).map((line) => line.split(',')[4])).toEqual(['tenant.rename', 'tenant.reactivate', 'tenant.suspend', 'tenant.create']);
    expect(lines.slice(1).every((line) => line.includes(`,tenant,${tenantId},`))).toBe(true);

    // A super admin account as the target, picked by name; the names come back from the ids after a reload.
    await page.getByRole('button', { name: 'Clear' }).click();
    await page.getByText('Showing 6 of 6').waitFor();
    await page.getByRole('combobox', { name: 'Target' }).fill('Night');
    await page.getByRole('option', { name: 'Night Operator (night.operator) Super admin' }).click();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.getByText('Showing 2 of 2').waitFor();
    expect(await actions()).toEqual(['super_admin.deactivate', 'super_admin.create']);
    await page.reload();
    await page.getByText('Showing 2 of 2').waitFor();
    // The name is looked up from the id in the address, which may answer after the list does.
    await expect.poll(() => page.getByRole('combobox', { name: 'Target' }).inputValue(), { timeout: 10_000 }).toBe('Night Operator (night.operator)');
    await expectAccessible('Platform audit filtered by a super admin target');
    expect(pageErrors).toEqual([]);
  });
});
