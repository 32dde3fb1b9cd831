import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiLogin, gqlData, signInContext } from './support/api';
import { seriousA11yViolations } from './support/axe';
import { screenshot, signIn } from './support/browser';
import { startBrowserSuite, type BrowserSuite } from './support/browser-suite';
import type { TestServer } from './support/server';

const ADMIN = { tenant: 'acme', username: 'admin', password: 'Admin#2026demo' };
const SUPER_ADMIN = { tenant: '', username: 'superadmin', password: 'Super#2026demo' };

/**
 * Seed 002 walked in the browser against the built server: roles, inheritance, the Permissions
 * Manager (inherited cells, prerequisites, revoke impact), refusals, the audit trail, and a super
 * admin restoring a deleted role in Super Admin Active mode. One server, one browser; the tests
 * run in order and build on each other's changes, like an administrator's afternoon.
 */
describe('roles, permissions and audit in Chromium against the built server', () => {
  let suite: BrowserSuite | undefined;
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];

  async function expectAccessible(name: string) {
    expect(await seriousA11yViolations(page), `axe on ${name}`).toEqual([]);
  }

  beforeAll(async () => {
    suite = await startBrowserSuite();
    ({ server, browser } = suite);
    context = await browser.newContext({ baseURL: server.baseURL, viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    page = await context.newPage();
    // Fail fast: every step here takes well under a second on a quiet machine.
    context.setDefaultTimeout(10_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto('/login');
    await signIn(page, ADMIN);
    await page.waitForURL('**/users');
  }, 150_000);

  afterAll(async () => {
    await context?.close();
    await suite?.close();
  });

  it('shows the admin modules by permission, grouped under Planner and Settings', async () => {
    const nav = page.getByRole('navigation', { name: 'Modules' });
    expect(await nav.getByRole('link').allTextContents()).toEqual([
      'Planner Users',
      'Shifts',
      'Approvals',
      'After-shift reports',
      'Users',
      'Approval groups',
      'Roles',
      'Permissions Manager',
      'Permissions Reference',
      'Audit log',
      'Organisation settings',
      'Mail delivery',
    ]);
    expect(await nav.getByRole('heading').allTextContents()).toEqual(['Planner', 'Settings']);
    // An administrator is not a super admin: no Tenants page, no banner.
    expect(await page.getByRole('region', { name: 'Super Admin Active mode' }).count()).toBe(0);
  });

  it('creates "Night Buyer" inheriting Buyer, and a spare role for the super admin', async () => {
    await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Roles' }).click();
    const table = page.getByRole('table', { name: 'Roles' });
    await table.waitFor();
    const buyerRow = table.locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: /^Buyer/ }) });
    // Parents, users (the demo tenant has a dozen buyers), own permissions.
    expect(await buyerRow.locator('td').allTextContents()).toEqual(['—', expect.stringMatching(/^\d+$/), '4']);
    await screenshot(page, '10-roles');
    await expectAccessible('Roles');

    await page.getByRole('button', { name: 'Create role' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create role' });
    await dialog.getByLabel('Role name').fill('Night Buyer');
    await dialog.getByRole('checkbox', { name: 'Buyer (system)', exact: true }).check();
    await screenshot(page, '11-create-role');
    await expectAccessible('Create role dialog');
    await dialog.getByRole('button', { name: 'Create role' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const nightRow = table.locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: 'Night Buyer' }) });
    await nightRow.waitFor();
    expect(await nightRow.locator('td').allTextContents()).toEqual(['Buyer', '0', '0']);
    await page.getByRole('status').filter({ hasText: 'Role "Night Buyer" created' }).waitFor();

    // A duplicate name is refused next to the field, with the server's words.
    await page.getByRole('button', { name: 'Create role' }).click();
    await dialog.getByLabel('Role name').fill('night buyer');
    await dialog.getByRole('button', { name: 'Create role' }).click();
    await dialog.getByText('A role named "night buyer" already exists').waitFor();
    await dialog.getByLabel('Role name').fill('Seasonal Buyer');
    await dialog.getByRole('button', { name: 'Create role' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await table.getByRole('rowheader', { name: 'Seasonal Buyer' }).waitFor();

    // The search box narrows the list (and keeps the query in the address).
    await page.getByLabel('Search roles').fill('night');
    await page.waitForFunction(() => document.querySelectorAll('table tbody tr').length === 1);
    expect(await table.getByRole('rowheader').allTextContents()).toEqual(['Night Buyer']);
    expect(page.url()).toContain('q=night');
    await page.getByLabel('Search roles').fill('');
    expect(pageErrors).toEqual([]);
  });

  it('shows inherited cells as Inherited, offers prerequisites, and warns before a revoke', async () => {
    await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Permissions Manager' }).click();
    await page.getByRole('tab', { name: 'By role' }).click();
    await page.getByLabel('Role', { exact: true }).selectOption({ label: 'Night Buyer' });
    await page.getByText('Night Buyer: 0 granted · 4 inherited').waitFor();

    // Buyer's purchasing permissions: checked, not toggleable, with the source role.
    const createOrders = page.getByRole('checkbox', { name: 'Night Buyer: Create purchase orders' });
    expect(await createOrders.isChecked()).toBe(true);
    expect(await createOrders.isDisabled()).toBe(true);
    const createRow = page.locator('tr[data-key="purchasing.orders.create"]');
    expect(await createRow.getByText('Inherited', { exact: true }).getAttribute('title')).toBe('Inherited from Buyer (Night Buyer → Buyer)');
    expect(await createRow.textContent()).toContain('from Buyer');
    // Approving is Senior Buyer's, not Buyer's: off for Night Buyer.
    expect(await page.getByRole('checkbox', { name: 'Night Buyer: Approve purchase orders' }).isChecked()).toBe(false);
    await screenshot(page, '20-permissions-manager');
    await page.getByRole('button', { name: /^Purchasing/ }).scrollIntoViewIfNeeded();
    await screenshot(page, '20b-permissions-manager-purchasing', { fullPage: false });
    await expectAccessible('Permissions Manager');

    // An unavailable permission: greyed with what it needs; ticking it offers the prerequisites.
    const revealRow = page.locator('tr[data-key="vault.secrets.reveal"]');
    expect(await revealRow.textContent()).toMatch(/Needs: .*View secrets/);
    await page.getByRole('checkbox', { name: 'Night Buyer: Reveal secrets' }).click();
    const offer = page.getByRole('dialog', { name: 'Grant the prerequisites too?' });
    await offer.waitFor();
    expect(await offer.getByRole('listitem').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('View secrets'), expect.stringContaining('Access Vault')]),
    );
    await screenshot(page, '21-prerequisites-offer');
    await expectAccessible('prerequisites offer');
    await offer.getByRole('button', { name: 'Grant with prerequisites' }).click();
    await offer.waitFor({ state: 'hidden' });
    await page.getByText('Night Buyer: Reveal secrets granted').waitFor();
    expect(await page.getByText(/Prerequisites granted with it: .*View secrets/).count()).toBe(1);
    for (const name of ['Reveal secrets', 'View secrets', 'Access Vault']) {
      expect(await page.getByRole('checkbox', { name: `Night Buyer: ${name}` }).isChecked(), name).toBe(true);
    }

    // Revoking a prerequisite: warned first about what becomes inactive.
    await page.getByRole('checkbox', { name: 'Night Buyer: View secrets' }).click();
    const warning = page.getByRole('dialog', { name: 'Revoke “View secrets”?' });
    await warning.waitFor();
    expect(await warning.getByRole('listitem').allTextContents()).toEqual(['Reveal secrets vault.secrets.reveal']);
    expect(await warning.getByRole('button', { name: 'Revoke View secrets and 1 dependant' }).count()).toBe(1);
    await screenshot(page, '22-revoke-warning');
    await expectAccessible('revoke warning');
    await warning.getByRole('button', { name: 'Revoke only View secrets' }).click();
    await warning.waitFor({ state: 'hidden' });
    await page.getByText('Night Buyer: View secrets revoked').waitFor();
    expect(await page.getByText('Now inactive for Night Buyer: Reveal secrets.').count()).toBe(1);
    // Still held, but greyed out with the reason.
    expect(await page.getByRole('checkbox', { name: 'Night Buyer: Reveal secrets' }).isChecked()).toBe(true);
    expect(await revealRow.textContent()).toContain('Inactive — needs View secrets');
    await revealRow.scrollIntoViewIfNeeded();
    await screenshot(page, '23-revoked', { fullPage: false });

    // Collapsing a module removes its rows; the module header is a real button.
    const vault = page.getByRole('button', { name: /^Vault/ });
    await vault.click();
    expect(await vault.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('checkbox', { name: 'Night Buyer: Reveal secrets' }).count()).toBe(0);
    await vault.press('Enter');
    expect(await page.getByRole('checkbox', { name: 'Night Buyer: Reveal secrets' }).count()).toBe(1);
    expect(pageErrors).toEqual([]);
  });

  it('explains refusals: deleting a system role, a rename of it, and an inheritance cycle', async () => {
    await page.goto('/settings/roles');
    await page.getByRole('link', { name: 'Buyer', exact: true }).click();
    await page.getByRole('heading', { name: 'Buyer', level: 1 }).waitFor();
    await screenshot(page, '30-role-detail');
    await expectAccessible('Role detail');

    // A system role cannot be deleted: the button is greyed out with the reason, as the server refuses it.
    const deleteButton = page.getByRole('button', { name: 'Delete role…' });
    expect(await deleteButton.isDisabled()).toBe(true);
    expect(await page.locator('#role-delete-reason').textContent()).toBe('System roles shipped with Access cannot be deleted.');
    // Seed 002: the users on the role are listed, to move them to another role first.
    const roleUsers = page.getByRole('region', { name: 'Users on this role' });
    await roleUsers.getByRole('rowheader', { name: 'tom.becker' }).waitFor();
    await deleteButton.scrollIntoViewIfNeeded();
    await screenshot(page, '31-delete-refused');

    // Buyer -> Senior Buyer would loop: the server spells out the cycle next to the field.
    const inheritance = page.getByRole('group', { name: 'Inherits from' });
    await inheritance.getByRole('checkbox', { name: 'Senior Buyer (system)' }).check();
    await page.getByRole('button', { name: 'Save inheritance' }).click();
    const cycle = inheritance.getByRole('alert');
    await cycle.waitFor();
    expect(await cycle.textContent()).toMatch(/Role inheritance cannot loop: .*Buyer -> .*Buyer/);
    expect(await inheritance.getByRole('checkbox', { name: 'Senior Buyer (system)' }).getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel('Role name').fill('Buyers');
    await page.getByRole('button', { name: 'Save role' }).click();
    await page.getByText('"Buyer" is a system role shipped with Access and cannot be renamed').waitFor();
    await screenshot(page, '32-role-errors');
    expect(pageErrors).toEqual([]);
  });

  it('records it all in the audit log, with a before/after diff, filters in the URL and CSV export', async () => {
    await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Audit log' }).click();
    await page.getByLabel('Action').fill('role.');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/\/settings\/audit\?action=role\.$/);
    const table = page.getByRole('table', { name: 'Audit entries, newest first' });
    await table.waitFor();
    // The server seals the chain every 2 s here; the page says up to when it was verified.
    await page.getByRole('status').filter({ hasText: /^✓ Chain verified up to .+/ }).waitFor();
    await page.waitForFunction(() => document.querySelectorAll('table tbody tr').length >= 4);
    const actions = await table.locator('tbody th[scope="row"]').allTextContents();
    // Newest first: the revoke, the grant, then the two roles created. Refused changes left no trace.
    expect(actions).toEqual(['role.revoke_permissions', 'role.grant_permissions', 'role.create', 'role.create']);

    await page.getByRole('button', { name: 'Show changes of role.grant_permissions on Night Buyer' }).click();
    const diff = page.locator('.audit-diff');
    await diff.waitFor();
    const text = (await diff.textContent()) ?? '';
    expect(text).toContain('Added: vault.secrets.reveal');
    expect(text).toContain('Added: vault.secrets.read');
    expect(text).toContain('Added: vault.access');
    await screenshot(page, '40-audit-diff');
    await expectAccessible('Audit log');

    // The role.create diff names the parent role instead of its id.
    await page.getByRole('button', { name: 'Show changes of role.create on Night Buyer' }).click();
    expect(await page.locator('.audit-diff').nth(1).textContent()).toContain('Added: Buyer');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Export CSV/ }).click()]);
    const csv = await readFile((await download.path()) as string, 'utf8');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('occurredAt,actor,actorUserId,actorSuperAdminId,action,targetType,targetId,targetLabel,before,after,originIp');
    expect(lines.length).toBe(actions.length + 1);
    expect(lines[1]).toContain(',role.revoke_permissions,role,');
    expect(lines[1]).toMatch(/,"\{""permissions"":\[/);

    // The filters live in the address: a reload keeps them.
    await page.reload();
    await table.waitFor();
    expect(await page.getByLabel('Action').inputValue()).toBe('role.');
    expect(pageErrors).toEqual([]);
  });

  it('lists every permission in the Permissions Reference, searchable', async () => {
    await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Permissions Reference' }).click();
    await page.getByRole('heading', { name: /^Purchasing/ }).waitFor();
    await screenshot(page, '50-permissions-reference');
    await expectAccessible('Permissions Reference');
    await page.getByLabel('Search permissions').fill('reveal');
    await page.getByText(/^1 of \d+ permissions$/).waitFor();
    const rows = page.getByRole('table', { name: 'Vault permissions' }).locator('tbody tr');
    expect(await rows.count()).toBe(1);
    expect(await rows.first().locator('td').allTextContents()).toEqual([
      'vault.secrets.reveal',
      'Reveal a secret value; every reveal is audited.',
      'View secrets',
    ]);
    expect(pageErrors).toEqual([]);
  });

  // After the audit test, which counts every role.* entry this file makes.
  it('refuses to delete a custom role while users are on it, and says how many must move first', async () => {
    // Another administrator, over the API: a custom role with two users on it.
    const token = (await apiLogin(server.baseURL, ADMIN)).session!.accessToken;
    const api = <T>(query: string, variables: Record<string, unknown>) => gqlData<T>(server.baseURL, query, variables, token);
    const { createRole: role } = await api<{ createRole: { id: string } }>('mutation($input: CreateRoleInput!) { createRole(input: $input) { id } }', {
      input: { name: 'Dock Crew' },
    });
    const { roles } = await api<{ roles: Array<{ id: string; name: string }> }>('query { roles { id name } }', {});
    const worker = roles.find((candidate) => candidate.name === 'Worker')!.id;
    const crew: string[] = [];
    for (const username of ['dock.one', 'dock.two']) {
      const input = { username, email: `${username}@acme.example`, firstName: 'Dock', lastName: username.split('.')[1], roleId: role.id };
      crew.push((await api<{ createUser: { id: string } }>('mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', { input })).createUser.id);
    }
    const changeRole = (id: string, roleId: string) => api('mutation($id: ID!, $roleId: ID!) { changeRole(id: $id, roleId: $roleId) { id } }', { id, roleId });

    await page.goto('/settings/roles');
    const crewRow = page.getByRole('table', { name: 'Roles' }).locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: 'Dock Crew' }) });
    expect(await crewRow.locator('td').nth(1).textContent()).toBe('2');
    await page.getByRole('link', { name: 'Dock Crew' }).click();
    await page.getByRole('heading', { name: 'Dock Crew', level: 1 }).waitFor();
    const deleteButton = page.getByRole('button', { name: 'Delete role…' });
    const reason = page.locator('#role-delete-reason');
    expect(await deleteButton.isDisabled()).toBe(true);
    expect(await reason.textContent()).toBe('Move the 2 users on this role to another role first.');
    const roleUsers = page.getByRole('region', { name: 'Users on this role' });
    await roleUsers.getByRole('rowheader', { name: 'dock.two' }).waitFor();
    expect(await roleUsers.getByRole('rowheader').allTextContents()).toEqual(['dock.one', 'dock.two']);
    await screenshot(page, '33-role-in-use');
    await expectAccessible('Role in use');

    // Both move away, so the page offers the delete; then one is put back before the click.
    await changeRole(crew[0]!, worker);
    await changeRole(crew[1]!, worker);
    await page.reload();
    await page.getByText('Nobody is on this role.').waitFor();
    expect(await deleteButton.isDisabled()).toBe(false);
    await changeRole(crew[1]!, role.id);

    await deleteButton.click();
    const confirm = page.getByRole('dialog', { name: 'Delete "Dock Crew"?' });
    await confirm.getByRole('button', { name: 'Delete role' }).click();
    const refusal = confirm.getByRole('alert').filter({ hasText: 'The role was not deleted' });
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('1 user is still on "Dock Crew": move them to another role first');
    // The page catches up with the server: the count, the reason and the user to move.
    await reason.filter({ hasText: 'Move the user on this role to another role first.' }).waitFor();
    await roleUsers.getByRole('rowheader', { name: 'dock.two' }).waitFor();
    await screenshot(page, '34-role-delete-refused');
    await expectAccessible('Role delete refused');
    await confirm.getByRole('button', { name: 'Close' }).click();
    await confirm.waitFor({ state: 'hidden' });
    expect(await deleteButton.isDisabled()).toBe(true);
    expect(new URL(page.url()).pathname).toBe(`/settings/roles/${role.id}`);
    expect(pageErrors).toEqual([]);
  });

  it('lets a super admin enter the tenant, delete and restore a role, and leave', async () => {
    const superContext = await browser.newContext({ baseURL: server.baseURL, viewport: { width: 1280, height: 800 } });
    superContext.setDefaultTimeout(10_000);
    const sa = await superContext.newPage();
    const errors: string[] = [];
    sa.on('pageerror', (error) => errors.push(error.message));
    const previous = page;
    page = sa;
    try {
      await sa.goto('/login');
      await signIn(sa, SUPER_ADMIN);
      await sa.waitForURL('**/tenants');
      const tenants = sa.getByRole('table', { name: 'Tenants' });
      await tenants.waitFor();
      expect(await sa.getByTestId('tenant-name').textContent()).toBe('Platform administration');
      await screenshot(sa, '60-tenants');
      await expectAccessible('Tenants');

      await sa.getByRole('button', { name: 'Enter tenant Acme Operations' }).click();
      const banner = sa.getByRole('region', { name: 'Super Admin Active mode' });
      await banner.waitFor();
      expect(await banner.textContent()).toContain('Super Admin Active mode in Acme Operations — every action is audited under your name');
      expect(await sa.getByTestId('tenant-name').textContent()).toBe('Acme Operations');

      // The tenant's pages appear; the banner stays on each of them.
      await sa.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Roles' }).click();
      await sa.getByRole('link', { name: 'Seasonal Buyer' }).click();
      await sa.getByRole('heading', { name: 'Seasonal Buyer', level: 1 }).waitFor();
      expect(await banner.isVisible()).toBe(true);
      await sa.getByRole('button', { name: 'Delete role…' }).click();
      const confirm = sa.getByRole('dialog', { name: 'Delete "Seasonal Buyer"?' });
      await confirm.getByRole('button', { name: 'Delete role' }).click();
      await sa.waitForURL(/\/settings\/roles$/);
      const table = sa.getByRole('table', { name: 'Roles' });
      await table.waitFor();
      await sa.getByRole('rowheader', { name: 'Night Buyer' }).waitFor();
      await sa.getByRole('rowheader', { name: /Seasonal Buyer/ }).waitFor({ state: 'detached' });

      await sa.getByRole('checkbox', { name: 'Show deleted' }).check();
      const deletedRow = table.locator('tbody tr').filter({ has: sa.getByRole('rowheader', { name: /Seasonal Buyer/ }) });
      await deletedRow.getByText('Deleted').waitFor();
      expect(await banner.isVisible()).toBe(true);
      await screenshot(sa, '61-show-deleted');
      await expectAccessible('Roles with deleted');
      await sa.getByRole('button', { name: 'Restore Seasonal Buyer' }).click();
      await sa.getByText('"Seasonal Buyer" is restored.').waitFor();
      await sa.getByRole('link', { name: 'Seasonal Buyer' }).waitFor();
      await deletedRow.getByText('Deleted').waitFor({ state: 'detached' });

      // The audit trail names the super admin.
      await sa.goto('/settings/audit?action=role.restore');
      const restoreRow = sa.getByRole('table', { name: 'Audit entries, newest first' }).locator('tbody tr').first();
      await restoreRow.waitFor();
      expect(await restoreRow.textContent()).toContain('Platform Operator (super admin)');
      expect(await banner.isVisible()).toBe(true);

      await banner.getByRole('button', { name: 'Leave' }).click();
      await sa.waitForURL('**/tenants');
      await banner.waitFor({ state: 'detached' });
      expect(await sa.getByTestId('tenant-name').textContent()).toBe('Platform administration');
      expect(await sa.getByRole('navigation', { name: 'Modules' }).getByRole('link').allTextContents()).toEqual([
        'Tenants',
        'Super admins',
        'Platform audit',
        'Permissions Reference',
      ]);
      expect(errors).toEqual([]);
    } finally {
      page = previous;
      await superContext.close();
    }
  });

  it('greys out, for someone who may grant role permissions, the permissions they do not hold themselves', async () => {
    const token = (await apiLogin(server.baseURL, ADMIN)).session!.accessToken;
    const api = <T>(query: string, variables: Record<string, unknown>) => gqlData<T>(server.baseURL, query, variables, token);
    const { createRole: steward } = await api<{ createRole: { id: string } }>('mutation($input: CreateRoleInput!) { createRole(input: $input) { id } }', {
      input: { name: 'Access Steward' },
    });
    await api('mutation($roleId: ID!) { grantRolePermissions(roleId: $roleId, keys: ["permissions.grant"], withPrerequisites: true) { granted } }', { roleId: steward.id });
    const input = { username: 'ana.steward', email: 'ana.steward@acme.example', firstName: 'Ana', lastName: 'Steward', roleId: steward.id, holdInvite: false };
    const { createUser: user } = await api<{ createUser: { id: string } }>('mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', { input });
    const first = 'Steward#2026first';
    await api('mutation($input: SetPasswordInput!) { setPassword(input: $input) { id } }', { input: { userId: user.id, password: first, confirmation: first } });
    // A released user chooses their own password at the first sign-in.
    const { login } = await gqlData<{ login: { changeToken: string } }>(
      server.baseURL,
      'mutation($input: LoginInput!) { login(input: $input) { ... on PasswordChangeRequired { changeToken } } }',
      { input: { tenant: 'acme', username: 'ana.steward', password: first } },
    );
    const password = 'Steward#2026demo';
    await gqlData(server.baseURL, 'mutation($p: String!) { completePasswordChange(newPassword: $p) { __typename } }', { p: password }, login.changeToken);

    const stewardContext = await browser.newContext({ baseURL: server.baseURL, viewport: { width: 1280, height: 800 } });
    stewardContext.setDefaultTimeout(10_000);
    try {
      await signInContext(stewardContext, server.baseURL, { tenant: 'acme', username: 'ana.steward', password });
      const stewardPage = await stewardContext.newPage();
      await stewardPage.goto('/settings/permissions?view=role');
      await stewardPage.getByLabel('Role', { exact: true }).selectOption({ label: 'Dock Crew' });
      const reveal = stewardPage.getByRole('checkbox', { name: 'Dock Crew: Reveal secrets' });
      await reveal.waitFor();
      expect(await reveal.isDisabled()).toBe(true);
      expect(await reveal.getAttribute('title')).toBe('You do not hold this permission, so you cannot grant it');
      expect(await stewardPage.getByRole('checkbox', { name: 'Dock Crew: View roles' }).isDisabled()).toBe(false);
      await screenshot(stewardPage, '36-permissions-not-yours-to-grant');
    } finally {
      await stewardContext.close();
    }
  });
});
