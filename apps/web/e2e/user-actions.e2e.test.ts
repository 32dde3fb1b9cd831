import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiLogin, gqlData, signInContext, type ApiSession, userIdByUsername } from './support/api';
import { seriousA11yViolations } from './support/axe';
import { screenshot, signIn } from './support/browser';
import { startSignedInSuite, type SignedInSuite } from './support/browser-suite';
import type { TestServer } from './support/server';

const ADMIN = { tenant: 'acme', username: 'admin', password: 'Admin#2026demo' };
/** Active demo staff (see the demo seed); each test below uses its own person. */
const STAFF_PASSWORD = 'Staff#2026demo';

/**
 * The user detail actions of seeds 000 and 004 not walked in users.e2e: delete, force reset,
 * reset password, the reset link's create / copy / revoke, and direct and inherited permissions on
 * the Access tab. Every test works on its own user, so they do not depend on each other's order.
 */
describe('user detail actions in Chromium against the built server', () => {
  let suite: SignedInSuite | undefined;
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let admin: ApiSession;
  const pageErrors: string[] = [];

  async function expectAccessible(name: string, target: Page = page) {
    expect(await seriousA11yViolations(target), `axe on ${name}`).toEqual([]);
  }

  const userId = (username: string) => userIdByUsername(server.baseURL, admin.accessToken, username);

  /** A new user in introduction mode, as the Create User form makes one. */
  async function createUser(username: string, roleName: string): Promise<string> {
    const { roles } = await gqlData<{ roles: Array<{ id: string; name: string }> }>(server.baseURL, 'query { roles { id name } }', {}, admin.accessToken);
    const [firstName, lastName] = username.split('.').map((part) => part[0]!.toUpperCase() + part.slice(1));
    const input = { username, email: `${username}@acme.example`, firstName, lastName, roleId: roles.find((role) => role.name === roleName)!.id };
    const { createUser: user } = await gqlData<{ createUser: { id: string } }>(
      server.baseURL,
      'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
      { input },
      admin.accessToken,
    );
    return user.id;
  }

  async function openUser(id: string, tab: string) {
    await page.goto(`/users/${id}?tab=${tab}`);
    await page.getByRole('tablist', { name: 'User record' }).waitFor();
  }

  beforeAll(async () => {
    suite = await startSignedInSuite(ADMIN, { pageErrors });
    ({ server, browser, context, page, session: admin } = suite);
  }, 150_000);

  afterAll(async () => {
    await suite?.close();
  });

  it('deletes a user after the confirmation, and the user is gone from the list', async () => {
    await openUser(await createUser('dana.leave', 'Worker'), 'actions');
    await page.getByRole('button', { name: 'Delete…' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete Dana Leave?' });
    expect(await confirm.textContent()).toContain('Dana Leave (dana.leave) is hidden from your organisation and cannot sign in.');
    await screenshot(page, '120-delete-user-confirm');
    await expectAccessible('Delete user dialog');
    await confirm.getByRole('button', { name: 'Delete user' }).click();
    await page.waitForURL((url) => url.pathname === '/users');

    const filters = page.getByRole('search', { name: 'Filter users' });
    await filters.getByLabel('Name', { exact: true }).fill('dana');
    await page.waitForURL(/name=dana/);
    await page.getByRole('heading', { name: 'No user matches these filters' }).waitFor();
    expect(await page.getByRole('table', { name: 'Users' }).count()).toBe(0);
    await screenshot(page, '121-deleted-user-gone');
    expect(pageErrors).toEqual([]);
  });

  it('forces a password reset: the next sign-in must choose a new password first', async () => {
    await openUser(await userId('kwame.mensah'), 'actions');
    await page.getByRole('button', { name: 'Force reset…' }).click();
    const confirm = page.getByRole('dialog', { name: 'Force a password reset for Kwame Mensah?' });
    await confirm.getByRole('button', { name: 'Force reset' }).click();
    await confirm.waitFor({ state: 'hidden' });
    await page.getByRole('status').filter({ hasText: 'A new password will be required at the next sign-in.' }).waitFor();
    await screenshot(page, '122-force-reset-done');

    const kwameContext = await browser.newContext({ baseURL: server.baseURL, viewport: { width: 1280, height: 800 } });
    try {
      const kwame = await kwameContext.newPage();
      await kwame.goto('/login');
      await signIn(kwame, { tenant: 'acme', username: 'kwame.mensah', password: STAFF_PASSWORD });
      await kwame.getByRole('form', { name: 'Choose your password' }).waitFor();
      await screenshot(kwame, '123-force-reset-sign-in');
    } finally {
      await kwameContext.close();
    }
    expect(pageErrors).toEqual([]);
  });

  it('resets a password: the old one stops working and the temporary one arrives in the dev outbox', async () => {
    await openUser(await userId('ingrid.novak'), 'actions');
    await page.getByRole('button', { name: 'Reset password…' }).click();
    const confirm = page.getByRole('dialog', { name: 'Reset the password of Ingrid Novak?' });
    expect(await confirm.textContent()).toContain('A temporary password is emailed to ingrid.novak@acme.example.');
    await confirm.getByRole('button', { name: 'Reset password' }).click();
    await confirm.waitFor({ state: 'hidden' });
    await page.getByRole('status').filter({ hasText: 'A temporary password was emailed to ingrid.novak@acme.example.' }).waitFor();

    await page.getByRole('button', { name: /Alex Morgan/ }).click();
    await page.getByRole('menuitem', { name: 'Dev outbox' }).click();
    await page.waitForURL('**/dev/outbox');
    const message = page.getByRole('list', { name: 'Messages' }).getByRole('button').filter({ hasText: 'ingrid.novak@acme.example' }).first();
    await message.click();
    const text = (await page.getByTestId('outbox-text').textContent()) ?? '';
    expect(text).toContain('Username:         ingrid.novak');
    const temporary = /Temporary password:\s*(\S+)/.exec(text)?.[1] ?? '';
    expect(temporary.length).toBeGreaterThanOrEqual(8);
    await screenshot(page, '124-reset-password-outbox');
    // A reload renews the session from the refresh cookie, as the admin pages do.
    await page.reload();
    await page.getByTestId('outbox-text').filter({ hasText: temporary }).waitFor();

    const credentials = { tenant: 'acme', username: 'ingrid.novak' };
    expect((await apiLogin(server.baseURL, { ...credentials, password: STAFF_PASSWORD })).typename).toBe('Error');
    expect((await apiLogin(server.baseURL, { ...credentials, password: temporary })).typename).toBe('PasswordChangeRequired');
    expect(pageErrors).toEqual([]);
  });

  it('creates a reset link, copies it, and revokes it so that it no longer works', async () => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.baseURL });
    await openUser(await userId('elena.petrova'), 'actions');
    const card = page.getByTestId('link-card-password_reset');
    await card.getByRole('button', { name: 'Create reset link' }).click();
    await page.getByRole('dialog', { name: 'Create reset link for Elena Petrova?' }).getByRole('button', { name: 'Create link' }).click();
    const urlField = card.getByLabel(/New link — shown only once/);
    await urlField.waitFor();
    const url = await urlField.inputValue();
    expect(url).toMatch(/\/reset-password\?token=/);
    await card.getByTestId('link-status').filter({ hasText: 'Pending' }).waitFor();

    await card.getByRole('button', { name: 'Copy' }).click();
    await card.getByRole('button', { name: 'Copied' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
    await screenshot(page, '125-reset-link-copied');
    await expectAccessible('Reset link created');

    await card.getByRole('button', { name: 'Revoke reset link' }).click();
    const confirmRevoke = page.getByRole('dialog', { name: 'Revoke reset link of Elena Petrova?' });
    await confirmRevoke.getByText('stops working at once').waitFor();
    await confirmRevoke.getByRole('button', { name: 'Revoke link' }).click();
    await card.getByTestId('link-status').filter({ hasText: 'Revoked' }).waitFor();
    expect(await urlField.count()).toBe(0);
    expect(await card.getByRole('button', { name: 'Revoke reset link' }).isDisabled()).toBe(true);
    await screenshot(page, '126-reset-link-revoked');

    const visitor = await browser.newPage({ baseURL: server.baseURL, viewport: { width: 1280, height: 800 } });
    try {
      const { pathname, search } = new URL(url);
      await visitor.goto(pathname + search);
      await visitor.getByLabel('New password').fill('Lantern#Quay58');
      await visitor.getByLabel('Confirm password').fill('Lantern#Quay58');
      await visitor.getByRole('button', { name: 'Set new password' }).click();
      await visitor.getByRole('heading', { name: 'This link does not work any more' }).waitFor();
    } finally {
      await visitor.close();
    }
    expect((await apiLogin(server.baseURL, { tenant: 'acme', username: 'elena.petrova', password: STAFF_PASSWORD })).typename).toBe('Session');
    expect(pageErrors).toEqual([]);
  });

  it('shows inherited permissions with the parent role, and a direct grant with its own badge', async () => {
    await openUser(await createUser('sam.senior', 'Senior Buyer'), 'access');
    const permissions = page.getByTestId('effective-permissions');
    // Senior Buyer approves orders itself and inherits raising them from Buyer.
    const approve = permissions.locator('tr[data-key="purchasing.orders.approve"]');
    await approve.waitFor();
    expect(await approve.locator('td').first().textContent()).toBe('Role');
    const create = permissions.locator('tr[data-key="purchasing.orders.create"]');
    const inherited = create.getByText('Inherited (via Buyer)', { exact: true });
    await inherited.waitFor();
    expect(await inherited.getAttribute('title')).toBe('Inherited via Senior Buyer → Buyer');
    expect(await permissions.locator('tr[data-key="purchasing.suppliers.manage"]').count()).toBe(0);

    // Its prerequisite (View suppliers) is inherited already, so no offer: granted at once.
    await page.getByLabel('Grant a permission directly').selectOption({ label: 'Manage suppliers' });
    await page.getByRole('button', { name: 'Grant', exact: true }).click();
    await page.getByText('Manage suppliers granted directly.').waitFor();
    const manage = permissions.locator('tr[data-key="purchasing.suppliers.manage"]');
    await manage.waitFor();
    expect(await manage.locator('td').first().textContent()).toBe('Direct');
    expect(await manage.locator('td').nth(1).textContent()).toBe('Active');
    expect(await manage.getByRole('button', { name: 'Revoke direct Manage suppliers' }).count()).toBe(1);
    // Inherited and role permissions cannot be revoked on the user.
    expect(await create.getByRole('button', { name: /^Revoke/ }).count()).toBe(0);
    await screenshot(page, '127-user-access-direct-inherited');
    await expectAccessible('User access with a direct grant');
    expect(pageErrors).toEqual([]);
  });
  it('creates an external user from the form: not held, portal on, and the invite goes out at once', async () => {
    await page.goto('/users');
    await page.getByRole('button', { name: '+ New user' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create user' });
    await dialog.getByRole('radio', { name: 'External user' }).check();
    // Seed 000: internal users start held; an external one gets the portal and no hold.
    expect(await dialog.getByRole('switch', { name: 'Hold Invite (Introduction Mode)' }).isChecked()).toBe(false);
    expect(await dialog.getByRole('switch', { name: 'External Portal Access' }).isChecked()).toBe(true);
    await dialog.getByLabel('Username').fill('kai.contractor');
    await dialog.getByLabel('Email').fill('kai.contractor@example.test');
    await dialog.getByLabel('First name').fill('Kai');
    await dialog.getByLabel('Last name').fill('Contractor');
    await dialog.getByLabel('Role').selectOption({ label: 'Worker' });
    await expectAccessible('Create user dialog, external');
    await dialog.getByRole('button', { name: 'Create user' }).click();
    await page.waitForURL(/\/users\/[0-9a-f-]{36}$/);
    const header = page.locator('.page__header');
    await header.getByText('External user').waitFor();
    await header.getByText('Released').waitFor();
    const created = await gqlData<{ user: { origin: string; portalAccess: boolean; holdInvite: boolean; state: string } }>(
      server.baseURL,
      'query($id: ID!) { user(id: $id) { origin portalAccess holdInvite state } }',
      { id: page.url().split('/').at(-1) },
      admin.accessToken,
    );
    expect(created.user).toEqual({ origin: 'EXTERNAL', portalAccess: true, holdInvite: false, state: 'RELEASED' });
    await screenshot(page, '128-external-user-created');
    expect(pageErrors).toEqual([]);
  });

  it('says so when the users list cannot load, and Try again recovers', async () => {
    let failed = 0;
    await page.route('**/graphql', async (route) => {
      const body = route.request().postData() ?? '';
      if (failed === 0 && body.includes('"operationName":"Users"')) {
        failed += 1;
        await route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ errors: [{ message: 'Service unavailable' }] }) });
        return;
      }
      await route.continue();
    });
    try {
      await page.goto('/users');
      const alert = page.getByRole('alert').filter({ hasText: 'Could not load users' });
      await alert.waitFor();
      expect(failed).toBe(1);
      await screenshot(page, '129-users-load-error');
      await expectAccessible('Users list error');
      await alert.getByRole('button', { name: 'Try again' }).click();
      await page.locator('table tbody tr').first().waitFor();
      expect(await page.getByRole('alert').filter({ hasText: 'Could not load users' }).count()).toBe(0);
    } finally {
      await page.unroute('**/graphql');
    }
  });

  it("greys out what a User Manager may not do to an Administrator, and offers only roles within their own permissions", async () => {
    const managerContext = await browser.newContext({ baseURL: server.baseURL, viewport: { width: 1280, height: 800 } });
    managerContext.setDefaultTimeout(10_000);
    try {
      await signInContext(managerContext, server.baseURL, { tenant: 'acme', username: 'james.chen', password: 'Manager#2026demo' });
      const managerPage = await managerContext.newPage();
      const errors: string[] = [];
      managerPage.on('pageerror', (error) => errors.push(error.message));

      await managerPage.goto(`/users/${await userId('admin')}?tab=actions`);
      const reason = managerPage.locator('.action-row__reason').filter({ hasText: 'holds permissions you do not have' }).first();
      await reason.waitFor();
      expect(await reason.textContent()).toContain('Manage roles');
      expect(await managerPage.getByRole('button', { name: 'Reset password…' }).isDisabled()).toBe(true);
      expect(await managerPage.getByRole('button', { name: 'Deactivate…' }).isDisabled()).toBe(true);
      await managerPage.goto(`/users/${await userId('admin')}?tab=access`);
      await managerPage.getByText('so you cannot change their role or permissions').waitFor();
      expect(await managerPage.getByRole('combobox', { name: 'Role', exact: true }).isDisabled()).toBe(true);
      await screenshot(managerPage, '130-user-manager-outranked');

      await managerPage.goto(`/users/${await createUser('wes.worker', 'Worker')}?tab=access`);
      const roleSelect = managerPage.getByRole('combobox', { name: 'Role', exact: true });
      await managerPage.waitForFunction(() => {
        const select = document.querySelector<HTMLSelectElement>('section[aria-labelledby="role-title"] select');
        return Boolean(select && !select.disabled && select.options.length > 1);
      });
      const administrator = roleSelect.locator('option', { hasText: 'Administrator' });
      expect(await administrator.isDisabled()).toBe(true);
      expect(await administrator.textContent()).toContain('you do not have');
      expect(await roleSelect.locator('option', { hasText: 'Worker' }).isDisabled()).toBe(false);
      await managerPage.goto(`/users/${await userId('wes.worker')}?tab=actions`);
      await managerPage.getByRole('button', { name: 'Delete…' }).waitFor();
      expect(await managerPage.getByRole('button', { name: 'Delete…' }).isDisabled()).toBe(false);
      expect(errors).toEqual([]);
    } finally {
      await managerContext.close();
    }
  });
});
