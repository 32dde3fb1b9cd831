import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userIdByUsername, type ApiSession } from './support/api';
import { seriousA11yViolations } from './support/axe';
import { screenshot } from './support/browser';
import { startSignedInSuite, type SignedInSuite } from './support/browser-suite';
import type { TestServer } from './support/server';

const ADMIN = { tenant: 'acme', username: 'admin', password: 'Admin#2026demo' };
const GROUP = 'Capital expenditure';

/** An ISO date `days` from today (UTC), as the server counts days. */
const dayFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Settings → Approval groups: a group with two members and a holiday delegation made in the page,
 * seen on both users' pages; deactivating a member takes them out of both, and the audit log says so.
 */
describe('approval groups and holiday delegations in Chromium against the built server', () => {
  let suite: SignedInSuite | undefined;
  let server: TestServer;
  let page: Page;
  let admin: ApiSession;
  let tomId: string;
  let priyaId: string;
  const pageErrors: string[] = [];

  async function expectAccessible(name: string) {
    expect(await seriousA11yViolations(page), `axe on ${name}`).toEqual([]);
  }
  const groupRow = () => page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: GROUP, exact: true }) });
  const delegationsTable = () => page.getByRole('table', { name: 'Holiday delegations' });

  /** Types into a person picker and takes the suggestion for `name`. */
  async function pickPerson(scope: ReturnType<Page['getByRole']>, label: string, typed: string, option: string) {
    await scope.getByRole('combobox', { name: label }).fill(typed);
    await page.getByRole('option', { name: new RegExp(option) }).click();
  }

  beforeAll(async () => {
    suite = await startSignedInSuite(ADMIN, { pageErrors });
    ({ server, page, session: admin } = suite);
    tomId = await userIdByUsername(server.baseURL, admin.accessToken, 'tom.becker');
    priyaId = await userIdByUsername(server.baseURL, admin.accessToken, 'priya.patel');
  }, 150_000);

  afterAll(async () => {
    await suite?.close();
  });

  it('creates a group from the navigation, adds two members and renames it, each dialog accessible', async () => {
    await page.goto('/');
    await page.getByRole('navigation').getByRole('link', { name: 'Approval groups' }).click();
    await page.getByRole('heading', { name: 'Approval groups', level: 1 }).waitFor();
    // The demo seed's groups, so the page is not empty on first start.
    await page.getByRole('rowheader', { name: 'Purchase order approvers' }).waitFor();
    await expectAccessible('Approval groups page');

    await page.getByRole('button', { name: 'Create group' }).click();
    const create = page.getByRole('dialog', { name: 'Create approval group' });
    await create.getByRole('button', { name: 'Create group' }).click();
    await create.getByText('Enter a group name').waitFor();
    await create.getByLabel('Group name').fill('purchase ORDER approvers');
    await create.getByRole('button', { name: 'Create group' }).click();
    await create.getByText('An approval group named "purchase ORDER approvers" already exists').waitFor();
    await expectAccessible('Create group dialog with an error');
    await create.getByLabel('Group name').fill('Capex');
    await create.getByRole('button', { name: 'Create group' }).click();
    await create.waitFor({ state: 'hidden' });
    await page.getByText('"Capex" is created. Add its members next.').waitFor();

    await page.getByRole('button', { name: 'Rename Capex' }).click();
    const rename = page.getByRole('dialog', { name: 'Rename "Capex"' });
    await rename.getByLabel('Group name').fill(GROUP);
    await rename.getByRole('button', { name: 'Rename group' }).click();
    await rename.waitFor({ state: 'hidden' });
    await groupRow().waitFor();

    await page.getByRole('button', { name: `Add members to ${GROUP}` }).click();
    const add = page.getByRole('dialog', { name: `Add members to "${GROUP}"` });
    await pickPerson(add, 'Person', 'Tom Beck', 'Tom Becker');
    await pickPerson(add, 'Person', 'Priya', 'Priya Patel');
    await add.getByText('Priya Patel (priya.patel)').waitFor();
    await expectAccessible('Add members dialog');
    await screenshot(page, '90-approval-group-add-members');
    await add.getByRole('button', { name: 'Add members' }).click();
    await add.waitFor({ state: 'hidden' });
    await groupRow().getByRole('link', { name: 'Tom Becker' }).waitFor();
    await groupRow().getByRole('link', { name: 'Priya Patel' }).waitFor();
    expect(await groupRow().getByRole('cell').nth(1).textContent()).toBe('2');
    expect(pageErrors).toEqual([]);
  });

  it('creates a holiday delegation, refusing a range that ends before it starts', async () => {
    await page.getByRole('button', { name: 'Create delegation' }).click();
    const create = page.getByRole('dialog', { name: 'Create holiday delegation' });
    await pickPerson(create, 'Away', 'Tom Beck', 'Tom Becker');
    await pickPerson(create, 'Approves instead', 'Priya', 'Priya Patel');
    await create.getByLabel('First day away').fill(dayFromToday(10));
    await create.getByLabel('Last day away').fill(dayFromToday(3));
    await create.getByRole('button', { name: 'Create delegation' }).click();
    await create.getByText('The last day cannot be before the first').waitFor();
    await expectAccessible('Create delegation dialog with an error');
    await create.getByLabel('Last day away').fill(dayFromToday(14));
    await create.getByRole('button', { name: 'Create delegation' }).click();
    await create.waitFor({ state: 'hidden' });
    const row = delegationsTable().getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Tom Becker' }) });
    await row.getByRole('link', { name: 'Priya Patel' }).waitFor();
    expect(await row.textContent()).toContain(dayFromToday(14));
    await screenshot(page, '91-approval-groups-page');
    await expectAccessible('Approval groups page with a delegation');

    await page.getByRole('button', { name: 'Remove the delegation from Tom Becker to Priya Patel' }).click();
    const confirm = page.getByRole('dialog', { name: 'Remove the delegation from Tom Becker to Priya Patel?' });
    await expectAccessible('Remove delegation dialog');
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await confirm.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: `Delete ${GROUP}` }).click();
    await expectAccessible('Delete group dialog');
    await page.getByRole('dialog', { name: `Delete "${GROUP}"?` }).getByRole('button', { name: 'Cancel' }).click();
    expect(pageErrors).toEqual([]);
  });

  it("shows both on the members' pages, with links", async () => {
    await page.goto(`/users/${tomId}`);
    const groups = page.getByRole('region', { name: 'Approval groups' });
    await groups.getByRole('link', { name: GROUP }).waitFor();
    const delegations = page.getByRole('region', { name: 'Holiday delegations' });
    await delegations.getByText('Delegates to').waitFor();
    await delegations.getByRole('link', { name: 'Priya Patel' }).click();
    await page.waitForURL(`**/users/${priyaId}`);
    await page.getByRole('region', { name: 'Approval groups' }).getByRole('link', { name: GROUP }).waitFor();
    await page.getByRole('region', { name: 'Holiday delegations' }).getByText('Stands in for').waitFor();
    await expectAccessible('User page with groups and delegations');
  });

  it('deactivating a member takes them out of the group and the delegation, and the audit log shows it', async () => {
    await page.goto(`/users/${tomId}?tab=actions`);
    await page.getByRole('button', { name: 'Deactivate…' }).click();
    const confirm = page.getByRole('dialog', { name: 'Deactivate Tom Becker?' });
    expect(await confirm.textContent()).toContain(GROUP);
    expect(await confirm.textContent()).toContain('1 holiday delegation');
    await confirm.getByRole('button', { name: 'Deactivate' }).click();
    await confirm.waitFor({ state: 'hidden' });
    await page.getByRole('tab', { name: 'Profile', exact: true }).click();
    await page.getByRole('region', { name: 'Approval groups' }).getByText('None: deactivation removed the user from every group.').waitFor();
    await page.getByRole('region', { name: 'Holiday delegations' }).getByText('None: deactivation ended every delegation.').waitFor();

    await page.goto('/settings/approval-groups');
    await groupRow().getByRole('link', { name: 'Priya Patel' }).waitFor();
    expect(await groupRow().getByRole('link', { name: 'Tom Becker' }).count()).toBe(0);
    expect(await groupRow().getByRole('cell').nth(1).textContent()).toBe('1');
    await page.getByRole('heading', { name: 'Holiday delegations' }).waitFor();
    await page.getByText('Loading holiday delegations…').waitFor({ state: 'hidden' });
    expect(await page.getByRole('rowheader', { name: 'Tom Becker' }).count()).toBe(0);

    await page.goto(`/settings/audit?action=user.deactivate&target=${tomId}`);
    const table = page.getByRole('table', { name: 'Audit entries, newest first' });
    await table.getByText('user.deactivate', { exact: true }).waitFor();
    await table.getByRole('button', { name: /Show changes/ }).first().click();
    const diff = await table.textContent();
    expect(diff).toContain('removedFromApprovalGroups');
    expect(diff).toContain(GROUP);
    expect(diff).toContain('removedHolidayDelegations');
    await expectAccessible('Audit log with the deactivation');
    expect(pageErrors).toEqual([]);
  });
});
