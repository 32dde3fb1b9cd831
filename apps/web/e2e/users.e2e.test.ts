import { readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiLogin, gqlData, signInContext, type ApiSession, userIdByUsername } from './support/api';
import { seriousA11yViolations } from './support/axe';
import { screenshot, signIn } from './support/browser';
import { startSignedInSuite, type SignedInSuite } from './support/browser-suite';
import type { TestServer } from './support/server';

const ADMIN = { tenant: 'acme', username: 'admin', password: 'Admin#2026demo' };
const SUPER_ADMIN = { tenant: '', username: 'superadmin', password: 'Super#2026demo' };

/**
 * Seeds 000, 003 and 004 walked in the browser against the built server: find, create, release,
 * edit (with a concurrent change), deactivate, passwords, links, roles and permissions of a user,
 * and a super admin restoring a deleted user. One server, one browser, tests in order.
 */
describe('user administration in Chromium against the built server', () => {
  let suite: SignedInSuite | undefined;
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let admin: ApiSession;
  const pageErrors: string[] = [];

  async function expectAccessible(name: string, target: Page = page) {
    expect(await seriousA11yViolations(target), `axe on ${name}`).toEqual([]);
  }

  const userId = (username: string) => userIdByUsername(server.baseURL, admin.accessToken, username);

  async function openUser(username: string, tab?: string) {
    await page.goto(`/users/${await userId(username)}${tab ? `?tab=${tab}` : ''}`);
    await page.getByRole('tablist', { name: 'User record' }).waitFor();
  }

  const header = () => page.locator('.page__header');
  const tab = (name: string) => page.getByRole('tab', { name, exact: true });

  beforeAll(async () => {
    suite = await startSignedInSuite(ADMIN, { acceptDownloads: true, pageErrors });
    ({ server, browser, page, session: admin } = suite);
  }, 150_000);

  afterAll(async () => {
    await suite?.close();
  });

  it('filters the users list by status and by name, in the address', async () => {
    await page.goto('/users');
    const table = page.getByRole('table', { name: 'Users' });
    await table.waitFor();
    const filters = page.getByRole('search', { name: 'Filter users' });
    // An admin outside Super Admin Active mode cannot ask for deleted users.
    expect(await filters.getByRole('checkbox', { name: 'Deleted' }).count()).toBe(0);
    expect(await filters.locator('label.chip-check').allTextContents()).toEqual(['Introduction', 'Released', 'Active', 'Inactive']);

    await filters.getByRole('checkbox', { name: 'Inactive' }).check();
    await page.waitForURL(/status=INACTIVE/);
    await page.waitForFunction(() => {
      // Status: the column before the row's Audit log link.
      const cells = [...document.querySelectorAll('table tbody tr td:nth-last-child(2)')].map((cell) => cell.textContent);
      return cells.length > 0 && cells.every((text) => text === 'Inactive');
    });
    const inactive = await table.getByRole('rowheader').allTextContents();
    expect(inactive).toEqual(expect.arrayContaining(['nina.kovac', 'ravi.sharma']));
    expect(await page.getByTestId('users-total').textContent()).toBe(`${inactive.length} users match the filters`);

    await filters.getByLabel('Name', { exact: true }).fill('ravi');
    await page.waitForURL(/name=ravi/);
    await page.waitForFunction(() => document.querySelectorAll('table tbody tr').length === 1);
    expect(await table.getByRole('rowheader').allTextContents()).toEqual(['ravi.sharma']);
    expect(new URL(page.url()).searchParams.get('status')).toBe('INACTIVE');

    // The address is the state: a reload keeps the filters and their controls.
    await page.reload();
    await page.waitForFunction(() => document.querySelectorAll('table tbody tr').length === 1);
    expect(await filters.getByLabel('Name', { exact: true }).inputValue()).toBe('ravi');
    expect(await filters.getByRole('checkbox', { name: 'Inactive' }).isChecked()).toBe(true);

    await filters.getByRole('button', { name: 'Clear filters' }).click();
    await page.waitForFunction(() => document.querySelectorAll('table tbody tr').length === 25);
    expect(new URL(page.url()).search).toBe('');

    // Login activity: never signed in.
    await filters.getByLabel('Login activity').selectOption({ label: 'Never signed in' });
    await page.waitForURL(/login=never/);
    await page.waitForFunction(() => {
      const cells = [...document.querySelectorAll('table tbody tr td:nth-child(5)')].map((cell) => cell.textContent);
      return cells.length > 0 && cells.every((text) => text === 'Never');
    });
    await screenshot(page, '70-users-filtered');
    await expectAccessible('Users list');
    await filters.getByRole('button', { name: 'Clear filters' }).click();
    await page.waitForURL((url) => url.search === '');
    expect(pageErrors).toEqual([]);
  });

  it('sorts by last login, newest first', async () => {
    // Start from the unfiltered list, whatever the previous test left behind.
    await page.goto('/users');
    await page.waitForFunction(() => document.querySelectorAll('table tbody tr').length === 25);
    const lastLogin = page.getByRole('columnheader', { name: 'Last login' });
    await lastLogin.getByRole('button').click();
    await page.waitForURL(/sort=lastLogin&dir=asc/);
    await page.locator('th[aria-sort="ascending"]', { hasText: 'Last login' }).waitFor();
    await lastLogin.getByRole('button').click();
    await page.waitForURL(/sort=lastLogin&dir=desc/);
    await page.locator('th[aria-sort="descending"]', { hasText: 'Last login' }).waitFor();
    await page.waitForFunction(() => {
      const times = [...document.querySelectorAll('table tbody tr td:nth-child(5) time')].map((time) => Date.parse(time.getAttribute('datetime') ?? ''));
      return times.length >= 10 && times.every((time, index) => index === 0 || times[index - 1]! >= time);
    });
    // The admin signed in moments ago: the most recent sign-in of all.
    const first = (await page.getByRole('table', { name: 'Users' }).getByRole('rowheader').allTextContents()).find(Boolean);
    const withTimes = await page.locator('table tbody tr').filter({ has: page.locator('td time') }).first().locator('th').textContent();
    expect(withTimes).toBe('admin');
    expect(first).toBeTruthy();
    await screenshot(page, '71-users-sorted', { fullPage: false });
    expect(pageErrors).toEqual([]);
  });

  it('exports the filtered list as CSV, and imports users after a dry run that lists errors by line and field', async () => {
    await page.goto('/users?status=INACTIVE&name=ravi');
    await page.waitForFunction(() => document.querySelectorAll('table tbody tr').length === 1);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    const csv = (await readFile((await download.path()) as string, 'utf8')).trim().split(/\r?\n/);
    expect(csv[0]).toMatch(/^username,email,/);
    expect(csv.length).toBe(2);
    expect(csv[1]).toMatch(/^ravi\.sharma,/);

    const bad = path.join(tmpdir(), `access-import-bad-${Date.now()}.csv`);
    const good = path.join(tmpdir(), `access-import-good-${Date.now()}.csv`);
    await writeFile(bad, 'username,email,firstName,lastName,role\ncsv.one,csv.one@acme.example,Cee,One,Worker\nravi.sharma,dup@acme.example,Dup,User,Worker\n');
    await writeFile(good, 'username,email,firstName,lastName,role\ncsv.one,csv.one@acme.example,Cee,One,Worker\ncsv.two,csv.two@acme.example,Cee,Two,Worker\n');
    try {
      await page.getByRole('button', { name: 'Import CSV' }).click();
      const dialog = page.getByRole('dialog', { name: 'Import users from CSV' });
      await dialog.getByLabel('CSV file').setInputFiles(bad);
      const report = dialog.getByRole('table', { name: 'Import check, row by row' });
      await report.waitFor();
      const line3 = report.locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: '3', exact: true }) });
      expect(await line3.textContent()).toContain('username');
      expect(await dialog.getByRole('button', { name: /^Import/ }).isDisabled()).toBe(true);
      await screenshot(page, '86-import-report');
      await expectAccessible('Import dialog');

      await dialog.getByLabel('CSV file').setInputFiles(good);
      const run = dialog.getByRole('button', { name: 'Import 2 users' });
      await page.waitForFunction(() => !document.querySelector('dialog[open] .import-report__bad'));
      await run.click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByText('2 users imported.').waitFor();
    } finally {
      await rm(bad, { force: true });
      await rm(good, { force: true });
    }
    expect(pageErrors).toEqual([]);
  });

  let temporaryPassword = '';

  it('creates a user in introduction mode, releases access, and the temporary password arrives in the dev outbox', async () => {
    await page.goto('/users');
    await page.getByRole('button', { name: '+ New user' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create user' });
    await dialog.waitFor();
    expect(await dialog.getByRole('radio', { name: 'Internal user' }).isChecked()).toBe(true);
    expect(await dialog.getByRole('switch', { name: 'Hold Invite (Introduction Mode)' }).isChecked()).toBe(true);
    await dialog.getByLabel('Username').fill('nora.hire');
    // A taken email is refused next to the field, with the server's words.
    await dialog.getByLabel('Email').fill('tom.becker@acme.example');
    await dialog.getByLabel('First name').fill('Nora');
    await dialog.getByLabel('Last name').fill('Hire');
    await dialog.getByLabel('Job title').fill('Field Technician');
    await dialog.getByLabel('Role').selectOption({ label: 'Worker' });
    await screenshot(page, '72-create-user');
    await expectAccessible('Create user dialog');
    await dialog.getByRole('button', { name: 'Create user' }).click();
    const emailError = dialog.locator('.field--invalid .field__error');
    await emailError.waitFor();
    expect(await emailError.textContent()).toMatch(/email/i);
    expect(await dialog.getByLabel('Email').getAttribute('aria-invalid')).toBe('true');

    await dialog.getByLabel('Email').fill('nora.hire@acme.example');
    await dialog.getByRole('button', { name: 'Create user' }).click();
    await page.waitForURL(/\/users\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: 'Nora Hire', level: 1 }).waitFor();
    expect(await header().textContent()).toContain('Introduction');
    expect(await page.getByLabel('Username').inputValue()).toBe('nora.hire');
    expect(await page.getByLabel('Username').isDisabled()).toBe(true);

    // Seed 000 "Release access": Onboarding → Hold Invite off → Save Changes.
    const hold = page.getByRole('switch', { name: 'Hold Invite (Introduction Mode)' });
    await hold.uncheck();
    await page.getByText('Saving releases access').waitFor();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await header().getByText('Released').waitFor();
    expect(await hold.isChecked()).toBe(false);
    expect(await hold.isDisabled()).toBe(true);
    await screenshot(page, '73-user-profile');
    await expectAccessible('User profile');

    // The user menu offers the outbox because it answers on this server.
    await page.getByRole('button', { name: /Alex Morgan/ }).click();
    await page.getByRole('menuitem', { name: 'Dev outbox' }).click();
    await page.waitForURL('**/dev/outbox');
    const first = page.getByRole('list', { name: 'Messages' }).getByRole('button').first();
    await first.waitFor();
    expect(await first.textContent()).toContain('nora.hire@acme.example');
    const text = (await page.getByTestId('outbox-text').textContent()) ?? '';
    expect(text).toContain('Username:         nora.hire');
    temporaryPassword = /Temporary password:\s*(\S+)/.exec(text)?.[1] ?? '';
    expect(temporaryPassword.length).toBeGreaterThanOrEqual(8);
    await screenshot(page, '74-dev-outbox');
    await expectAccessible('Dev outbox');

    // The password is real: Nora signs in with it in her own browser and must choose her own first.
    const noraContext = await browser.newContext({ baseURL: server.baseURL, viewport: { width: 1280, height: 800 } });
    const nora = await noraContext.newPage();
    await nora.goto('/login');
    await signIn(nora, { tenant: 'acme', username: 'nora.hire', password: temporaryPassword });
    await nora.getByRole('form', { name: 'Choose your password' }).waitFor();
    await nora.getByLabel('New password', { exact: true }).fill('Nora#Chooses2026');
    await nora.getByLabel('Confirm new password').fill('Nora#Chooses2026');
    await nora.getByRole('button', { name: 'Save password and continue' }).click();
    await nora.waitForURL((url) => !url.pathname.startsWith('/login'));
    await noraContext.close();
    expect((await apiLogin(server.baseURL, { tenant: 'acme', username: 'nora.hire', password: temporaryPassword })).typename).toBe('Error');
    expect(pageErrors).toEqual([]);
  });

  it('deactivates a user (approval groups cleared) and reactivates them', async () => {
    await openUser('sofia.rossi');
    const groups = page.getByRole('region', { name: 'Approval groups' });
    expect(await groups.textContent()).toContain('Purchase order approvers');

    await tab('Actions').click();
    await page.getByRole('button', { name: 'Deactivate…' }).click();
    const confirm = page.getByRole('dialog', { name: 'Deactivate Sofia Rossi?' });
    expect(await confirm.textContent()).toContain('Purchase order approvers');
    await screenshot(page, '75-deactivate-confirm');
    await expectAccessible('Deactivate dialog');
    await confirm.getByRole('button', { name: 'Deactivate' }).click();
    await confirm.waitFor({ state: 'hidden' });
    await header().getByText('Inactive').waitFor();
    // Password actions are greyed out with the domain's reason.
    expect(await page.getByRole('button', { name: 'Reset password…' }).isDisabled()).toBe(true);
    expect(await page.getByText('Password actions are blocked for inactive users.').count()).toBeGreaterThan(0);
    await screenshot(page, '76-user-actions-inactive');
    await expectAccessible('User actions');

    await tab('Profile').click();
    await groups.getByText('None: deactivation removed the user from every group.').waitFor();
    expect(await page.getByRole('region', { name: 'Holiday delegations' }).textContent()).toContain('None');

    await tab('Actions').click();
    await page.getByRole('button', { name: 'Reactivate…' }).click();
    await page.getByRole('dialog', { name: 'Reactivate Sofia Rossi?' }).getByRole('button', { name: 'Reactivate' }).click();
    await header().getByText('Active', { exact: true }).waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('sets a password with the live policy checklist, and shows the server refusal of a weak one', async () => {
    await openUser('amara.schmidt', 'actions');
    await page.getByRole('button', { name: 'Set password…', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Set a password for Amara Schmidt' });
    await dialog.getByLabel('New password').fill('weak');
    const failed = dialog.locator('.password-checklist li[data-state="failed"]');
    expect(await failed.allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('8 to 60 characters'), expect.stringContaining('An upper-case letter'), expect.stringContaining('A digit')]),
    );
    expect(await dialog.locator('.password-checklist li[data-state="met"]').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('A lower-case letter')]),
    );
    await dialog.getByLabel('Confirm password').fill('weak');
    await screenshot(page, '77-set-password-checklist');
    await expectAccessible('Set password dialog');
    await dialog.getByRole('button', { name: 'Set password' }).click();
    const refusal = dialog.getByRole('alert').filter({ hasText: 'The server refused this password' });
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('Add an upper-case letter');

    await dialog.getByLabel('New password').fill('Harbour#Lamp42');
    await dialog.getByLabel('Confirm password').fill('Harbour#Lamp42');
    expect(await dialog.locator('.password-checklist li[data-state="failed"]').count()).toBe(0);
    await dialog.getByRole('button', { name: 'Set password' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('The new password is set.').waitFor();
    const login = await apiLogin(server.baseURL, { tenant: 'acme', username: 'amara.schmidt', password: 'Harbour#Lamp42' });
    expect(login.typename).toBe('Session');
    expect(pageErrors).toEqual([]);
  });

  it('changes a role and the effective permissions follow, with the reason per permission', async () => {
    await openUser('olivia.nguyen', 'access');
    const permissions = page.getByTestId('effective-permissions');
    // A worker has no admin permission at all (or only portal ones): nothing about the audit log.
    await page.waitForFunction(
      () => document.querySelector('[data-testid="effective-permissions"]') || document.body.textContent?.includes('This user has no permissions'),
    );
    expect(await permissions.locator('tr[data-key="audit.read"]').count()).toBe(0);

    await page.getByRole('combobox', { name: 'Role', exact: true }).selectOption({ label: 'Auditor' });
    await page.getByRole('button', { name: 'Save role' }).click();
    await page.getByRole('status').filter({ hasText: 'Role changed to Auditor' }).waitFor();
    const auditRead = permissions.locator('tr[data-key="audit.read"]');
    await auditRead.waitFor();
    expect(await auditRead.textContent()).toContain('Role');
    await header().getByText('Auditor').waitFor();

    await auditRead.getByRole('button', { name: /^Why\?/ }).click();
    const why = page.locator('.user-access__why');
    await why.waitFor();
    await page.waitForFunction(() => !document.querySelector('.user-access__why')?.textContent?.includes('Asking'));
    expect((await why.textContent())?.length).toBeGreaterThan(10);
    await screenshot(page, '78-user-access');
    await expectAccessible('User access');
    expect(pageErrors).toEqual([]);
  });

  it('refuses a save over someone else’s change, keeps what was typed, and saves after a reload', async () => {
    const id = await userId('tom.becker');
    await page.goto(`/users/${id}`);
    const jobTitle = page.getByLabel('Job title');
    await jobTitle.fill('Lead Buyer');

    // Meanwhile, another administrator changes the department over the API.
    const { user } = await gqlData<{ user: { version: number } }>(server.baseURL, 'query($id: ID!) { user(id: $id) { version } }', { id }, admin.accessToken);
    await gqlData(
      server.baseURL,
      'mutation($input: UpdateUserInput!) { updateUser(input: $input) { id version } }',
      { input: { id, version: user.version, department: 'Procurement' } },
      admin.accessToken,
    );

    await page.getByRole('button', { name: 'Save changes' }).click();
    const conflict = page.getByRole('alert').filter({ hasText: 'Someone else changed this user while you were editing' });
    await conflict.waitFor();
    expect(await jobTitle.inputValue()).toBe('Lead Buyer');
    await screenshot(page, '79-edit-conflict');
    await expectAccessible('Edit conflict');

    await conflict.getByRole('button', { name: 'Reload' }).click();
    await conflict.waitFor({ state: 'detached' });
    expect(await page.getByLabel('Department').inputValue()).toBe('Procurement');
    expect(await jobTitle.inputValue()).toBe('Lead Buyer');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    const saved = await gqlData<{ user: { jobTitle: string; department: string } }>(
      server.baseURL,
      'query($id: ID!) { user(id: $id) { jobTitle department } }',
      { id },
      admin.accessToken,
    );
    expect(saved.user).toEqual({ jobTitle: 'Lead Buyer', department: 'Procurement' });
    expect(pageErrors).toEqual([]);
  });

  it('creates an activation link for a released user; the person activates, and the link shows as used', async () => {
    await openUser('mateo.haddad', 'actions');
    const card = page.getByTestId('link-card-activation');
    await card.getByRole('button', { name: 'Create activation link' }).click();
    await page.getByRole('dialog', { name: 'Create activation link for Mateo Haddad?' }).getByRole('button', { name: 'Create link' }).click();
    const urlField = card.getByLabel(/New link — shown only once/);
    await urlField.waitFor();
    const url = await urlField.inputValue();
    expect(url).toMatch(/\/activate\?token=/);
    await card.getByTestId('link-status').filter({ hasText: 'Pending' }).waitFor();
    await screenshot(page, '80-activation-link');

    const visitor = await browser.newPage({ baseURL: server.baseURL, viewport: { width: 1280, height: 800 } });
    try {
      await visitor.goto(new URL(url).pathname + new URL(url).search);
      await visitor.getByRole('heading', { name: 'Activate your account' }).waitFor();
      await visitor.getByLabel('New password').fill('Compass#River77');
      await visitor.getByLabel('Confirm password').fill('Compass#River77');
      await screenshot(visitor, '81-activate-page');
      await expectAccessible('Activate page', visitor);
      await visitor.getByRole('button', { name: 'Activate account' }).click();
      await visitor.getByRole('heading', { name: 'Account activated' }).waitFor();
      expect(await visitor.getByRole('link', { name: 'Sign in' }).getAttribute('href')).toBe('/login');

      // The link works once.
      await visitor.goto(new URL(url).pathname + new URL(url).search);
      await visitor.getByLabel('New password').fill('Compass#River78');
      await visitor.getByLabel('Confirm password').fill('Compass#River78');
      await visitor.getByRole('button', { name: 'Activate account' }).click();
      await visitor.getByRole('heading', { name: 'This link does not work any more' }).waitFor();
      await screenshot(visitor, '82-link-invalid');
    } finally {
      await visitor.close();
    }

    await page.reload();
    await card.getByTestId('link-status').filter({ hasText: 'Used' }).waitFor();
    await header().getByText('Active', { exact: true }).waitFor();
    const login = await apiLogin(server.baseURL, { tenant: 'acme', username: 'mateo.haddad', password: 'Compass#River77' });
    expect(login.typename).toBe('Session');
    expect(pageErrors).toEqual([]);
  });

  it('shows recent activity and the user’s audit log with the diff', async () => {
    await openUser('tom.becker', 'activity');
    await page.getByText('Logins in last 30 days').waitFor();
    await screenshot(page, '83-user-activity', { fullPage: false });
    await expectAccessible('Recent activity');
    await tab('Audit Log').click();
    const table = page.getByRole('table', { name: 'Audit entries, newest first' });
    await table.waitFor();
    await table.getByRole('button', { name: /^Show changes of user.update/ }).first().click();
    const diff = page.locator('.audit-diff');
    await diff.waitFor();
    expect(await diff.textContent()).toContain('Lead Buyer');
    await screenshot(page, '84-user-audit');
    await expectAccessible('User audit log');
    expect(pageErrors).toEqual([]);
  });

  it('lets a super admin in the tenant find a deleted user and restore them', async () => {
    const superContext = await browser.newContext({ baseURL: server.baseURL, viewport: { width: 1280, height: 800 } });
    superContext.setDefaultTimeout(10_000);
    await signInContext(superContext, server.baseURL, SUPER_ADMIN);
    const sa = await superContext.newPage();
    const errors: string[] = [];
    sa.on('pageerror', (error) => errors.push(error.message));
    try {
      await sa.goto('/tenants');
      await sa.getByRole('button', { name: 'Enter tenant Acme Operations' }).click();
      await sa.getByRole('region', { name: 'Super Admin Active mode' }).waitFor();
      await sa.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Users', exact: true }).click();
      const filters = sa.getByRole('search', { name: 'Filter users' });
      await filters.getByRole('checkbox', { name: 'Deleted' }).check();
      await sa.waitForURL(/status=DELETED/);
      const row = sa.locator('table tbody tr').filter({ has: sa.getByRole('rowheader', { name: 'lucas.silva' }) });
      await row.waitFor();
      // Status: the column before the row's Audit log link.
      await sa.waitForFunction(() => [...document.querySelectorAll('table tbody tr td:nth-last-child(2)')].every((cell) => cell.textContent?.startsWith('Deleted')));
      await screenshot(sa, '85-deleted-users');
      await expectAccessible('Deleted users', sa);
      await row.getByRole('button', { name: 'Restore lucas.silva' }).click();
      await sa.getByText('Lucas Silva (lucas.silva) is restored and active again.').waitFor();
      await row.waitFor({ state: 'detached' });

      await filters.getByRole('checkbox', { name: 'Deleted' }).uncheck();
      await sa.waitForURL((url) => !url.searchParams.has('status'));
      await filters.getByLabel('Name', { exact: true }).fill('lucas');
      await sa.waitForURL(/name=lucas/);
      const restored = sa.locator('table tbody tr').filter({ has: sa.getByRole('rowheader', { name: 'lucas.silva' }) });
      await restored.getByText('Active').waitFor();
      expect(errors).toEqual([]);
    } finally {
      await superContext.close();
    }
  });

  it('says what is missing on the outbox and link pages when signed out or given no token', async () => {
    const anonymous = await browser.newPage({ baseURL: server.baseURL, viewport: { width: 1280, height: 800 } });
    try {
      await anonymous.goto('/dev/outbox');
      await anonymous.getByRole('heading', { name: 'Sign in to read the outbox' }).waitFor();
      await anonymous.goto('/reset-password');
      await anonymous.getByRole('heading', { name: 'This link does not work any more' }).waitFor();
      await expectAccessible('Reset password without token', anonymous);
    } finally {
      await anonymous.close();
    }
  });
});
