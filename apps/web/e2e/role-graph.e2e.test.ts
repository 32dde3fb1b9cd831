import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gqlData, type ApiSession } from './support/api';
import { seriousA11yViolations } from './support/axe';
import { screenshot } from './support/browser';
import { startSignedInSuite, type SignedInSuite } from './support/browser-suite';
import { watchViolations } from './support/csp';
import type { TestServer } from './support/server';

const ADMIN = { tenant: 'acme', username: 'admin', password: 'Admin#2026demo' };
const CREATE_ROLE = 'mutation($input: CreateRoleInput!) { createRole(input: $input) { id } }';
const GRANT = 'mutation($roleId: ID!, $keys: [String!]!) { grantRolePermissions(roleId: $roleId, keys: $keys, withPrerequisites: true) { granted } }';
/** The graph's own chunk, which only the role page's graph view fetches. */
const GRAPH_CHUNK = /\/RoleInheritanceGraph-[^/]+\.js$/;

/**
 * Issue 17: the role page draws the role's inheritance graph (React Flow, laid out by dagre),
 * loaded lazily, under the app's CSP, reachable by keyboard, with a list as its text alternative.
 */
describe('role inheritance graph in Chromium against the built server', () => {
  let suite: SignedInSuite | undefined;
  let server: TestServer;
  let page: Page;
  let admin: ApiSession;
  let violations: () => Promise<string[]>;
  const pageErrors: string[] = [];
  const scripts: string[] = [];
  const ids: Record<string, string> = {};

  async function role(name: string, parents: string[], keys: string[]) {
    const { createRole } = await gqlData<{ createRole: { id: string } }>(
      server.baseURL,
      CREATE_ROLE,
      { input: { name, parentIds: parents.map((parent) => ids[parent]) } },
      admin.accessToken,
    );
    if (keys.length > 0) await gqlData(server.baseURL, GRANT, { roleId: createRole.id, keys }, admin.accessToken);
    ids[name] = createRole.id;
  }

  const graph = (roleName: string) => page.getByRole('application', { name: `Inheritance of ${roleName}` });
  const topOf = async (name: string) => (await page.locator('.react-flow__node').filter({ hasText: name }).boundingBox())!.y;

  beforeAll(async () => {
    suite = await startSignedInSuite(ADMIN, { pageErrors });
    ({ server, page, session: admin } = suite);
    violations = await watchViolations(page);
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    // Base passes Create Purchase Orders with its two prerequisites; Graph Lead holds one of them.
    await role('Graph Base', [], ['purchasing.orders.create']);
    await role('Graph Middle', ['Graph Base'], ['purchasing.orders.approve']);
    await role('Graph Auditor', [], ['purchasing.suppliers.read']);
    await role('Graph Lead', ['Graph Middle', 'Graph Auditor'], ['purchasing.orders.read']);
    await role('Graph Trainee', ['Graph Lead'], []);
    await role('Graph Alone', [], []);
  }, 150_000);

  afterAll(async () => {
    await suite?.close();
  });

  it('draws the role with its ancestors above and descendants below, each link with its count', async () => {
    await page.goto('/settings/roles');
    await page.getByRole('table', { name: 'Roles' }).waitFor();
    expect(scripts.filter((url) => GRAPH_CHUNK.test(url))).toEqual([]);

    await page.goto(`/settings/roles/${ids['Graph Lead']}`);
    const drawing = graph('Graph Lead');
    await drawing.waitFor();
    await drawing.locator('.react-flow__edge-text').nth(3).waitFor();
    expect(scripts.filter((url) => GRAPH_CHUNK.test(url))).toHaveLength(1);

    expect(await drawing.locator('.react-flow__node').allInnerTexts()).toEqual([
      expect.stringMatching(/^Graph Lead\s+This role$/),
      expect.stringMatching(/^Graph Middle\s+Inherited from$/),
      expect.stringMatching(/^Graph Auditor\s+Inherited from$/),
      expect.stringMatching(/^Graph Base\s+Inherited from$/),
      expect.stringMatching(/^Graph Trainee\s+Inherits from it$/),
    ]);
    // The role itself is highlighted and not a link; every other role is.
    expect(await drawing.locator('[aria-current="page"]').innerText()).toBe('Graph Lead');
    expect(await drawing.locator('.react-flow__node').getByRole('link').allInnerTexts()).toEqual(['Graph Middle', 'Graph Auditor', 'Graph Base', 'Graph Trainee']);
    expect((await drawing.locator('.react-flow__edge').evaluateAll((edges) => edges.map((edge) => edge.getAttribute('aria-label')))).sort()).toEqual([
      'Graph Lead inherits from Graph Auditor (2 permissions)',
      'Graph Lead inherits from Graph Middle (3 permissions)',
      'Graph Middle inherits from Graph Base (3 permissions)',
      'Graph Trainee inherits from Graph Lead (5 permissions)',
    ]);
    expect((await drawing.locator('.react-flow__edge-text').allTextContents()).sort()).toEqual(['2 permissions', '3 permissions', '3 permissions', '5 permissions']);
    expect(await page.locator('#role-inheritance-summary').innerText()).toMatch(/^Graph Lead inherits from 3 roles, and 1 role inherits from it\./);

    // Top-down: each parent above its children.
    expect(await topOf('Graph Base')).toBeLessThan(await topOf('Graph Middle'));
    expect(await topOf('Graph Middle')).toBeLessThan(await topOf('Graph Lead'));
    expect(await topOf('Graph Auditor')).toBeLessThan(await topOf('Graph Lead'));
    expect(await topOf('Graph Lead')).toBeLessThan(await topOf('Graph Trainee'));

    await drawing.scrollIntoViewIfNeeded();
    await screenshot(page, '170-role-inheritance-graph', { fullPage: false });
    expect(await seriousA11yViolations(page), 'axe on the role page with its graph').toEqual([]);
    expect(await violations(), 'CSP on the role page with its graph').toEqual([]);
  });

  it('reaches a neighbour role by keyboard, with a visible focus, and opens its page', async () => {
    await page.getByRole('button', { name: 'Show as list' }).focus();
    let focused = '';
    for (let i = 0; i < 6 && focused !== 'Graph Middle'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => (document.activeElement?.closest('.react-flow') ? (document.activeElement.textContent ?? '') : ''));
    }
    expect(focused).toBe('Graph Middle');
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return { visible: document.activeElement!.matches(':focus-visible'), style: style.outlineStyle, width: style.outlineWidth };
    });
    expect(outline).toEqual({ visible: true, style: 'solid', width: '2px' });

    await page.keyboard.press('Enter');
    await page.waitForURL(`**/settings/roles/${ids['Graph Middle']}`);
    await page.getByRole('heading', { level: 1, name: 'Graph Middle' }).waitFor();
    const drawing = graph('Graph Middle');
    await drawing.locator('.react-flow__edge-text').nth(2).waitFor();
    expect(await drawing.locator('.react-flow__node').getByRole('link').allInnerTexts()).toEqual(['Graph Base', 'Graph Lead', 'Graph Trainee']);
  });

  it('shows the same links as text on request, for screen readers and anyone who prefers text', async () => {
    const toggle = page.getByRole('button', { name: 'Show as list' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    const list = page.getByRole('list', { name: 'Inheritance of Graph Middle' });
    expect(await list.getByRole('listitem').allInnerTexts()).toEqual([
      'Graph Middle inherits from Graph Base (3 permissions)',
      'Graph Lead inherits from Graph Middle (3 permissions)',
      'Graph Trainee inherits from Graph Lead (5 permissions)',
    ]);
    expect(await graph('Graph Middle').count()).toBe(0);
    expect(await seriousA11yViolations(page), 'axe on the inheritance list').toEqual([]);

    await list.getByRole('link', { name: 'Graph Trainee' }).click();
    await page.getByRole('heading', { level: 1, name: 'Graph Trainee' }).waitFor();
    await graph('Graph Trainee').locator('.react-flow__edge-text').nth(2).waitFor();
    expect(await violations(), 'CSP on the pages reached from the graph').toEqual([]);
  });

  it('says so, without drawing, when nothing is linked to the role', async () => {
    await page.goto(`/settings/roles/${ids['Graph Alone']}`);
    await page.getByText('Graph Alone inherits from no role, and no role inherits from it.').waitFor();
    expect(await page.getByRole('button', { name: 'Show as list' }).count()).toBe(0);
    expect(await page.locator('.react-flow').count()).toBe(0);
    expect(await seriousA11yViolations(page), 'axe on a role without inheritance').toEqual([]);
    expect(await violations(), 'CSP across the role pages').toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('falls back to the list when the drawing cannot be loaded', async () => {
    const offline = await suite!.context.newPage();
    try {
      await offline.route(GRAPH_CHUNK, (route) => route.abort());
      await offline.goto(`/settings/roles/${ids['Graph Lead']}`);
      await offline.getByRole('alert').filter({ hasText: 'The graph could not be drawn' }).waitFor();
      expect(await offline.getByRole('list', { name: 'Inheritance of Graph Lead' }).getByRole('listitem').allInnerTexts()).toEqual([
        'Graph Lead inherits from Graph Middle (3 permissions)',
        'Graph Lead inherits from Graph Auditor (2 permissions)',
        'Graph Middle inherits from Graph Base (3 permissions)',
        'Graph Trainee inherits from Graph Lead (5 permissions)',
      ]);
      await offline.getByRole('heading', { level: 1, name: 'Graph Lead' }).waitFor();
    } finally {
      await offline.close();
    }
  });
});
