import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiLogin, gqlData, signInContext, type ApiSession, userIdByUsername } from './support/api';
import { seriousA11yViolations } from './support/axe';
import { screenshot } from './support/browser';
import { startSignedInSuite, type SignedInSuite } from './support/browser-suite';
import type { TestServer } from './support/server';

const ADMIN = { tenant: 'acme', username: 'admin', password: 'Admin#2026demo' };
const MANAGER = { tenant: 'acme', username: 'james.chen', password: 'Manager#2026demo' };
const PLANNER = { tenant: 'acme', username: 'liam.oconnor', password: 'Planner#2026demo' };
/** More than the page loads at once (50), so an export of the loaded rows only would fall short. */
const TITLE_CHANGES = 55;

const UPDATE_TITLE = `mutation($id: ID!, $version: Int!, $title: String!) {
  updateUser(input: { id: $id, version: $version, jobTitle: $title }) { id version }
}`;

/**
 * The Audit log: the server-side CSV export of the whole filtered trail (hidden without
 * audit.export), actors and targets picked by name, the user's own Audit Log tab, and the Users
 * list's way into it.
 */
describe('audit log in Chromium against the built server', () => {
  let suite: SignedInSuite | undefined;
  let server: TestServer;
  let page: Page;
  let admin: ApiSession;
  let tomId: string;
  let mariaId: string;
  let jamesId: string;
  const pageErrors: string[] = [];

  async function expectAccessible(name: string) {
    expect(await seriousA11yViolations(page), `axe on ${name}`).toEqual([]);
  }
  const asAdmin = <T>(query: string, variables: Record<string, unknown>) => gqlData<T>(server.baseURL, query, variables, admin.accessToken);

  async function retitle(token: string, id: string, title: string) {
    const { user } = await gqlData<{ user: { version: number } }>(server.baseURL, 'query($id: ID!) { user(id: $id) { version } }', { id }, token);
    await gqlData(server.baseURL, UPDATE_TITLE, { id, version: user.version, title }, token);
  }

  beforeAll(async () => {
    suite = await startSignedInSuite(ADMIN, { pageErrors, acceptDownloads: true });
    ({ server, page, session: admin } = suite);
    tomId = await userIdByUsername(server.baseURL, admin.accessToken, 'tom.becker');
    mariaId = await userIdByUsername(server.baseURL, admin.accessToken, 'maria.lopez');
    jamesId = await userIdByUsername(server.baseURL, admin.accessToken, 'james.chen');
    for (let i = 1; i <= TITLE_CHANGES; i++) await retitle(admin.accessToken, tomId, `Buyer ${i}`);
    // James acts on Maria, and the admin acts on James: his tab must show both directions.
    const james = (await apiLogin(server.baseURL, MANAGER)).session!.accessToken;
    await retitle(james, mariaId, 'Lead Picker');
    await retitle(admin.accessToken, jamesId, 'Head of People');
  }, 180_000);

  afterAll(async () => {
    await suite?.close();
  });

  it('exports every filtered entry from the server, not only the loaded page', async () => {
    await page.goto(`/settings/audit?action=user.update&target=${tomId}`);
    const table = page.getByRole('table', { name: 'Audit entries, newest first' });
    await table.waitFor();
    await page.getByText(`Showing 50 of ${TITLE_CHANGES}`).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    const csv = await readFile((await download.path()) as string, 'utf8');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('occurredAt,actor,actorUserId,actorSuperAdminId,action,targetType,targetId,targetLabel,before,after,originIp');
    expect(lines.length).toBe(TITLE_CHANGES + 1);
    expect(lines.slice(1).every((line) => line.includes(`,user.update,user,${tomId},`))).toBe(true);
    expect(lines[1]).toContain(`Buyer ${TITLE_CHANGES}`);
    expect(lines.at(-1)).toContain('Buyer 1');
    expect(pageErrors).toEqual([]);
  });

  it('hides Export CSV from someone who may read the log but not export it', async () => {
    const { createRole: role } = await asAdmin<{ createRole: { id: string } }>('mutation($input: CreateRoleInput!) { createRole(input: $input) { id } }', {
      input: { name: 'Log Reader' },
    });
    await asAdmin('mutation($roleId: ID!) { grantRolePermissions(roleId: $roleId, keys: ["audit.read"], withPrerequisites: true) { granted } }', { roleId: role.id });
    const liamId = await userIdByUsername(server.baseURL, admin.accessToken, 'liam.oconnor');
    await asAdmin('mutation($id: ID!, $roleId: ID!) { changeRole(id: $id, roleId: $roleId) { id } }', { id: liamId, roleId: role.id });
    const readerContext = await suite!.newContext({ viewport: { width: 1280, height: 800 } });
    await signInContext(readerContext, server.baseURL, PLANNER);
    const reader = await readerContext.newPage();
    await reader.goto('/settings/audit');
    await reader.getByRole('table', { name: 'Audit entries, newest first' }).waitFor();
    await reader.getByRole('heading', { name: 'Audit log' }).waitFor();
    expect(await reader.getByRole('button', { name: 'Export CSV' }).count()).toBe(0);
    await readerContext.close();
  });

  it('picks the actor and the target by name while the address keeps their ids', async () => {
    await page.goto('/settings/audit');
    await page.getByRole('table', { name: 'Audit entries, newest first' }).waitFor();
    const actor = page.getByRole('combobox', { name: 'Actor' });
    await actor.fill('James');
    await page.getByRole('option', { name: /^James Chen \(james\.chen\)/ }).waitFor();
    await screenshot(page, '160-audit-actor-picker');
    await expectAccessible('Audit log with the actor suggestions open');
    await actor.press('Enter');
    expect(await actor.inputValue()).toBe('James Chen (james.chen)');

    const target = page.getByRole('combobox', { name: 'Target' });
    await target.fill('Maria');
    await page.getByRole('option', { name: /^Maria Lopez \(maria\.lopez\)/ }).click();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL((url) => url.searchParams.get('actor') === jamesId && url.searchParams.get('target') === mariaId);
    await page.getByText('Showing 1 of 1').waitFor();

    // The picked names come back from the ids after a reload.
    await page.reload();
    await page.getByText('Showing 1 of 1').waitFor();
    await expect.poll(() => page.getByRole('combobox', { name: 'Actor' }).inputValue(), { timeout: 10_000 }).toBe('James Chen (james.chen)');
    await expect.poll(() => page.getByRole('combobox', { name: 'Target' }).inputValue(), { timeout: 10_000 }).toBe('Maria Lopez (maria.lopez)');

    // Roles are targets too.
    await page.getByRole('button', { name: 'Clear' }).click();
    // Clear empties the pickers when its navigation renders; keys typed before that are dropped with the old filters.
    await expect.poll(() => page.getByRole('combobox', { name: 'Target' }).inputValue(), { timeout: 10_000 }).toBe('');
    await page.getByRole('combobox', { name: 'Target' }).fill('Log Rea');
    await page.getByRole('option', { name: /^Log Reader Role/ }).click();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL((url) => url.searchParams.has('target') && !url.searchParams.has('actor'));
    const table = page.getByRole('table', { name: 'Audit entries, newest first' });
    // The address changes before the filtered entries arrive: wait for them rather than read the old page.
    const actions = () => table.locator('tbody th[scope="row"]').allTextContents();
    await expect.poll(async () => (await actions()).length > 0 && (await actions()).every((action) => action.startsWith('role.')), { timeout: 10_000 }).toBe(true);
    expect(pageErrors).toEqual([]);
  });

  it("opens a user's audit log from the Users list, with what they did and what was done to them", async () => {
    await page.goto('/users');
    await page.getByRole('link', { name: 'Audit log of james.chen' }).click();
    await page.waitForURL(`**/users/${jamesId}?tab=audit`);
    const table = page.getByRole('table', { name: 'Audit entries, newest first' });
    await table.waitFor();
    const text = (await table.textContent()) ?? '';
    // By him (on Maria) and to him (by the admin, Alex Morgan).
    expect(text).toContain('Maria Lopez');
    expect(text).toContain('Alex Morgan');
    await expectAccessible('User Audit Log tab');

    // The same filters, kept next to the tab in the address.
    await page.getByLabel('Action').fill('user.update');
    await page.getByRole('combobox', { name: 'Target' }).fill('Maria');
    await page.getByRole('option', { name: /^Maria Lopez \(maria\.lopez\)/ }).click();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL((url) => url.searchParams.get('tab') === 'audit' && url.searchParams.get('target') === mariaId);
    await page.getByText('Showing 1 of 1').waitFor();
    expect(await table.textContent()).toContain('Maria Lopez');
    await screenshot(page, '161-user-audit-tab');
    expect(pageErrors).toEqual([]);
  });
});
