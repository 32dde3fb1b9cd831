import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gqlData, type ApiSession } from './support/api';
import { seriousA11yViolations } from './support/axe';
import { screenshot } from './support/browser';
import { startSignedInSuite, type SignedInSuite } from './support/browser-suite';
import type { TestServer } from './support/server';

const ADMIN = { tenant: 'acme', username: 'admin', password: 'Admin#2026demo' };
const VAULT = ['vault.access', 'vault.secrets.read', 'vault.secrets.reveal', 'vault.secrets.manage'];

interface MatrixData {
  permissionMatrix: { rows: Array<{ role: { id: string }; cells: Array<{ key: string; state: string; missing: string[] }> }> };
}
interface EffectiveData {
  effectivePermissions: Array<{ key: string; state: string; sources: Array<{ kind: string }> }>;
}

/**
 * Issue 17 in Chromium against the built server: revoking a prerequisite that held permissions
 * depend on asks first, for a role in the Permissions Manager and for a user's direct grant,
 * listing the dependants (by name and key) with the two ways on, and the outcome is the server's.
 * Each case goes both ways: the key alone (dependants stay, inactive) and with the cascade; a
 * dependant held from elsewhere (a parent role, the user's role) is named as staying either way.
 */
describe('revoking a prerequisite offers to cascade to its dependants', () => {
  let suite: SignedInSuite | undefined;
  let server: TestServer;
  let page: Page;
  let admin: ApiSession;
  const pageErrors: string[] = [];
  const roles: Record<string, string> = {};

  const api = <T>(query: string, variables: Record<string, unknown> = {}) => gqlData<T>(server.baseURL, query, variables, admin.accessToken);

  async function createRole(name: string, keys: string[], parentIds: string[] = []): Promise<string> {
    const { createRole: role } = await api<{ createRole: { id: string } }>(
      'mutation($input: CreateRoleInput!) { createRole(input: $input) { id } }',
      { input: { name, parentIds } },
    );
    if (keys.length > 0) {
      await api('mutation($roleId: ID!, $keys: [String!]!) { grantRolePermissions(roleId: $roleId, keys: $keys, withPrerequisites: true) { granted } }', {
        roleId: role.id,
        keys,
      });
    }
    return role.id;
  }

  async function workerRoleId(): Promise<string> {
    const { roles: all } = await api<{ roles: Array<{ id: string; name: string }> }>('query { roles { id name } }');
    return all.find((role) => role.name === 'Worker')!.id;
  }

  async function createUser(username: string, roleId: string, direct: string[]): Promise<string> {
    const [firstName, lastName] = username.split('.').map((part) => part[0]!.toUpperCase() + part.slice(1));
    const input = { username, email: `${username}@acme.example`, firstName, lastName, roleId };
    const { createUser: user } = await api<{ createUser: { id: string } }>('mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', { input });
    await api('mutation($userId: ID!, $keys: [String!]!) { grantUserPermissions(userId: $userId, keys: $keys, withPrerequisites: true) { granted } }', {
      userId: user.id,
      keys: direct,
    });
    return user.id;
  }

  const cellStates = async (roleId: string) => {
    const { permissionMatrix } = await api<MatrixData>('query { permissionMatrix { rows { role { id } cells { key state missing } } } }');
    const cells = permissionMatrix.rows.find((row) => row.role.id === roleId)?.cells ?? [];
    // A held cell with `missing` is inactive; an unavailable one lists what ticking it needs.
    const held = (state: string) => state === 'GRANTED' || state === 'INHERITED';
    return Object.fromEntries(
      cells.filter((cell) => VAULT.includes(cell.key)).map((cell) => [cell.key, `${cell.state}${held(cell.state) && cell.missing.length > 0 ? ' (inactive)' : ''}`]),
    );
  };
  const effective = async (userId: string) => {
    const { effectivePermissions } = await api<EffectiveData>('query($userId: ID!) { effectivePermissions(userId: $userId) { key state sources { kind } } }', {
      userId,
    });
    return Object.fromEntries(
      effectivePermissions
        .filter((entry) => VAULT.includes(entry.key))
        .map((entry) => [entry.key, `${entry.state} ${entry.sources.map((source) => source.kind).join('+')}`]),
    );
  };

  const dialog = () => page.getByRole('dialog', { name: 'Revoke “View secrets”?' });
  const focusedText = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
  const items = (within: Locator) => within.getByRole('listitem').allTextContents();

  async function expectAccessible(name: string) {
    expect(await seriousA11yViolations(page), `axe on ${name}`).toEqual([]);
  }

  async function openRole(roleId: string, name: string) {
    await page.goto(`/settings/permissions?view=role&role=${roleId}`);
    await page.getByText(new RegExp(`^${name}: \\d+ granted`)).waitFor();
  }

  async function openAccess(userId: string) {
    await page.goto(`/users/${userId}?tab=access`);
    await page.getByTestId('effective-permissions').locator('tr[data-key="vault.secrets.read"]').waitFor();
  }

  beforeAll(async () => {
    suite = await startSignedInSuite(ADMIN, { pageErrors });
    ({ server, page, session: admin } = suite);
    roles.keeper = await createRole('Vault Keeper', VAULT);
    // Both hold Reveal secrets without View secrets, as a revoke without cascade leaves a role.
    roles.parent = await createRole('Reveal Parent', ['vault.secrets.reveal']);
    roles.keyholder = await createRole('Keyholder', ['vault.secrets.reveal']);
    for (const roleId of [roles.parent, roles.keyholder]) {
      await api('mutation($roleId: ID!) { revokeRolePermissions(roleId: $roleId, keys: ["vault.secrets.read"], cascade: false) { revoked } }', { roleId });
    }
    // Owns View secrets and Manage secrets, and inherits Reveal secrets, which no cascade on it can reach.
    roles.deputy = await createRole('Vault Deputy', ['vault.access', 'vault.secrets.read', 'vault.secrets.manage'], [roles.parent]);
  }, 150_000);

  afterAll(async () => {
    await suite?.close();
  });

  it('asks before revoking a role’s prerequisite, and "Revoke only" leaves the dependants inactive', async () => {
    await openRole(roles.keeper!, 'Vault Keeper');
    const viewSecrets = page.getByRole('checkbox', { name: 'Vault Keeper: View secrets' });
    await viewSecrets.click();
    await dialog().waitFor();
    expect(await items(dialog())).toEqual(['Reveal secrets vault.secrets.reveal', 'Manage secrets vault.secrets.manage']);
    expect(await dialog().textContent()).toContain('If you revoke only View secrets, they stay but become inactive (greyed out)');
    // Initial focus on the choice that changes nothing; every option says what it does.
    expect(await focusedText()).toBe('Cancel');
    expect(await dialog().getByRole('button').allTextContents()).toEqual(['Cancel', 'Revoke only View secrets', 'Revoke View secrets and 2 dependants']);
    await screenshot(page, 'revoke-cascade-10-role-dialog', { fullPage: false });
    await expectAccessible('revoke dialog for a role');

    // Escape cancels: nothing changes, and the focus is back on the checkbox.
    await page.keyboard.press('Escape');
    await dialog().waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '')).toMatch(/^Vault Keeper: View secrets/);
    expect((await cellStates(roles.keeper!))['vault.secrets.read']).toBe('GRANTED');

    await viewSecrets.click();
    await dialog().getByRole('button', { name: 'Revoke only View secrets' }).click();
    await dialog().waitFor({ state: 'hidden' });
    await page.getByText('Vault Keeper: View secrets revoked').waitFor();
    expect(await page.getByText('Now inactive for Vault Keeper: Reveal secrets, Manage secrets.').count()).toBe(1);
    expect(await page.getByText('Also revoked (cascade)').count()).toBe(0);
    expect(await page.locator('tr[data-key="vault.secrets.manage"]').textContent()).toContain('Inactive — needs View secrets');
    expect(await cellStates(roles.keeper!)).toEqual({
      'vault.access': 'GRANTED',
      'vault.secrets.read': 'OFF',
      'vault.secrets.reveal': 'GRANTED (inactive)',
      'vault.secrets.manage': 'GRANTED (inactive)',
    });

    // Nothing depends on Manage secrets: revoked at once, as before.
    await page.getByRole('checkbox', { name: 'Vault Keeper: Manage secrets' }).click();
    await page.getByText('Vault Keeper: Manage secrets revoked').waitFor();
    expect(await dialog().count()).toBe(0);
    expect((await cellStates(roles.keeper!))['vault.secrets.manage']).toBe('UNAVAILABLE');
    expect(pageErrors).toEqual([]);
  });

  it('cascades to the role’s own dependants, and says an inherited one stays inactive either way', async () => {
    await openRole(roles.deputy!, 'Vault Deputy');
    await page.getByRole('checkbox', { name: 'Vault Deputy: View secrets' }).click();
    await dialog().waitFor();
    expect(await items(dialog())).toEqual([
      'Reveal secrets vault.secrets.reveal — inherited from Reveal Parent, so it stays inactive either way',
      'Manage secrets vault.secrets.manage',
    ]);
    expect(await dialog().textContent()).toContain('“Revoke View secrets and 1 dependant” also revokes Manage secrets from Vault Deputy.');
    await screenshot(page, 'revoke-cascade-20-role-inherited-dependant', { fullPage: false });
    await expectAccessible('revoke dialog with an inherited dependant');
    await dialog().getByRole('button', { name: 'Revoke View secrets and 1 dependant' }).click();
    await dialog().waitFor({ state: 'hidden' });

    // The outcome is the server's answer.
    await page.getByText('Vault Deputy: View secrets revoked').waitFor();
    expect(await page.getByText('Also revoked (cascade): Manage secrets.').count()).toBe(1);
    expect(await page.getByText('Now inactive for Vault Deputy: Reveal secrets.').count()).toBe(1);
    expect(await page.getByRole('checkbox', { name: 'Vault Deputy: Manage secrets' }).isChecked()).toBe(false);
    expect(await cellStates(roles.deputy!)).toEqual({
      'vault.access': 'GRANTED',
      'vault.secrets.read': 'OFF',
      'vault.secrets.reveal': 'INHERITED (inactive)',
      'vault.secrets.manage': 'UNAVAILABLE',
    });
    expect(pageErrors).toEqual([]);
  });

  it('asks before revoking a user’s direct prerequisite, and "Revoke only" leaves the dependant inactive', async () => {
    const userId = await createUser('rita.direct', await workerRoleId(), ['vault.secrets.reveal']);
    await openAccess(userId);
    const permissions = page.getByTestId('effective-permissions');
    const revokeButton = page.getByRole('button', { name: 'Revoke direct View secrets' });
    await revokeButton.click();
    await dialog().waitFor();
    expect(await items(dialog())).toEqual(['Reveal secrets vault.secrets.reveal']);
    expect(await dialog().textContent()).toContain('If you revoke only View secrets, it stays but becomes inactive (greyed out) for Rita Direct');
    expect(await focusedText()).toBe('Cancel');
    expect(await dialog().getByRole('button').allTextContents()).toEqual(['Cancel', 'Revoke only View secrets', 'Revoke View secrets and 1 dependant']);
    await screenshot(page, 'revoke-cascade-30-user-dialog', { fullPage: false });
    await expectAccessible('revoke dialog for a direct grant');

    await dialog().getByRole('button', { name: 'Cancel' }).click();
    await dialog().waitFor({ state: 'hidden' });
    expect(await focusedText()).toBe('Revoke');
    expect((await effective(userId))['vault.secrets.read']).toBe('ACTIVE DIRECT');

    await revokeButton.click();
    await dialog().getByRole('button', { name: 'Revoke only View secrets' }).click();
    await dialog().waitFor({ state: 'hidden' });
    const outcome = page.getByRole('status').filter({ hasText: 'Rita Direct: View secrets revoked' });
    await outcome.waitFor();
    expect(await outcome.getByRole('listitem').allTextContents()).toEqual(['Now inactive for Rita Direct: Reveal secrets.']);
    // The row of the revoked grant is gone: the outcome holds the focus.
    expect(await page.evaluate(() => document.activeElement?.classList.contains('user-access__message'))).toBe(true);
    expect(await permissions.locator('tr[data-key="vault.secrets.reveal"]').textContent()).toContain('Inactive — needs View secrets');
    expect(await permissions.locator('tr[data-key="vault.secrets.read"]').count()).toBe(0);
    expect(await effective(userId)).toEqual({ 'vault.access': 'ACTIVE DIRECT', 'vault.secrets.reveal': 'INACTIVE DIRECT' });
    await expectAccessible('user access after a revoke');

    // Nothing depends on Reveal secrets: revoked at once, as before.
    await page.getByRole('button', { name: 'Revoke direct Reveal secrets' }).click();
    await page.getByRole('status').filter({ hasText: 'Rita Direct: Reveal secrets revoked' }).waitFor();
    expect(await dialog().count()).toBe(0);
    expect(await effective(userId)).toEqual({ 'vault.access': 'ACTIVE DIRECT' });
    expect(pageErrors).toEqual([]);
  });

  it('cascades to direct dependants only, and says one the role grants stays inactive either way', async () => {
    const userId = await createUser('kim.keyholder', roles.keyholder!, ['vault.secrets.read', 'vault.secrets.manage']);
    await openAccess(userId);
    await page.getByRole('button', { name: 'Revoke direct View secrets' }).click();
    await dialog().waitFor();
    expect(await items(dialog())).toEqual([
      'Reveal secrets vault.secrets.reveal — granted by the role Keyholder, so it stays inactive either way',
      'Manage secrets vault.secrets.manage',
    ]);
    expect(await dialog().textContent()).toContain('“Revoke View secrets and 1 dependant” also revokes Manage secrets, granted directly to Kim Keyholder.');
    await screenshot(page, 'revoke-cascade-40-user-role-dependant', { fullPage: false });
    await expectAccessible('revoke dialog with a dependant from the role');
    await dialog().getByRole('button', { name: 'Revoke View secrets and 1 dependant' }).click();
    await dialog().waitFor({ state: 'hidden' });

    const outcome = page.getByRole('status').filter({ hasText: 'Kim Keyholder: View secrets revoked' });
    await outcome.waitFor();
    expect(await outcome.getByRole('listitem').allTextContents()).toEqual([
      'Also revoked (cascade): Manage secrets.',
      'Now inactive for Kim Keyholder: Reveal secrets.',
    ]);
    const permissions = page.getByTestId('effective-permissions');
    expect(await permissions.locator('tr[data-key="vault.secrets.manage"]').count()).toBe(0);
    expect(await effective(userId)).toEqual({ 'vault.access': 'ACTIVE ROLE', 'vault.secrets.reveal': 'INACTIVE ROLE' });
    expect(pageErrors).toEqual([]);
  });
});
