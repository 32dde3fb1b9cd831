import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { seriousA11yViolations, type AxeAllowance } from './support/axe';
import { screenshot, signIn } from './support/browser';
import { watchViolations } from './support/csp';
import { startBrowserSuite, type BrowserSuite } from './support/browser-suite';
import type { TestServer } from './support/server';

const ADMIN = { tenant: 'acme', username: 'admin', password: 'Admin#2026demo' };
const WORKER = { tenant: 'acme', username: 'maria.lopez', password: 'Worker#2026demo' };
const GRAPHIQL_TABS: AxeAllowance = {
  rule: 'nested-interactive',
  selector: '.graphiql-tabs',
  reason: "graphiql 5 (@graphiql/react Tab) renders each operation tab as <li role=tab> around its own buttons; that markup is the library's, not ours",
};

describe('admin SPA in Chromium against the built server', () => {
  let suite: BrowserSuite | undefined;
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];

  async function expectAccessible(name: string, allowances: AxeAllowance[] = []) {
    expect(await seriousA11yViolations(page, allowances), `axe on ${name}`).toEqual([]);
  }

  beforeAll(async () => {
    suite = await startBrowserSuite();
    ({ server, browser } = suite);
  }, 120_000);

  afterAll(async () => {
    await suite?.close();
  });

  beforeEach(async () => {
    context = await browser.newContext({ baseURL: server.baseURL, viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
    pageErrors.length = 0;
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  afterEach(async () => {
    await context?.close();
  });

  it('an admin signs in and sees the users of the tenant', async () => {
    await page.goto('/login');
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await screenshot(page, '00-sign-in');
    await expectAccessible('Sign-in page');
    await signIn(page, ADMIN);

    await page.waitForURL('**/users');
    const table = page.getByRole('table', { name: 'Users' });
    await table.waitFor();

    // The shell: tenant, signed-in user, and the Users module in the navigation.
    expect(await page.getByTestId('tenant-name').textContent()).toBe('Acme Operations');
    expect(await page.getByRole('button', { name: /Alex Morgan/ }).count()).toBe(1);
    expect(await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Users', exact: true }).count()).toBe(1);

    const headers = await table.locator('thead th').allTextContents();
    expect(headers).toEqual(['Username', 'Name', 'Email', 'Role', 'Last login', 'Status', 'Actions']);

    const rows = table.locator('tbody tr');
    const rowCount = await rows.count();
    expect(rowCount).toBeGreaterThanOrEqual(5);
    const usernames = await table.locator('tbody th').allTextContents();
    expect(usernames).toEqual(expect.arrayContaining(['admin', 'maria.lopez']));

    const mariaRow = rows.filter({ has: page.getByRole('rowheader', { name: 'maria.lopez', exact: true }) });
    expect(await mariaRow.locator('td').first().textContent()).toBe('Maria Lopez');
    const adminRow = rows.filter({ has: page.getByRole('rowheader', { name: 'admin', exact: true }) });
    expect(await adminRow.locator('td').first().textContent()).toBe('Alex Morgan');
    // The admin just signed in, so their last login is known.
    expect(await adminRow.locator('td').nth(3).textContent()).not.toBe('Never');

    // Total count from the API, consistent with the rows on a single page.
    const total = await page.getByTestId('users-total').textContent();
    expect(total).toMatch(/^\d+ users in Acme Operations$/);
    const totalCount = Number(total?.split(' ')[0]);
    expect(totalCount).toBeGreaterThanOrEqual(5);
    expect(rowCount).toBe(Math.min(totalCount, 25));
    expect(await page.getByText(`Showing ${rowCount} of ${totalCount}`).count()).toBe(1);
    if (totalCount > 25) {
      // Cursor pagination: the next page is appended below the first one.
      await page.getByRole('button', { name: 'Load more' }).click();
      await page.getByText(`Showing ${Math.min(totalCount, 50)} of ${totalCount}`).waitFor();
      expect(await rows.count()).toBe(Math.min(totalCount, 50));
    } else {
      expect(await page.getByRole('button', { name: 'Load more' }).count()).toBe(0);
    }

    // A reload keeps the session: the token is only in memory, the refresh cookie renews it.
    await page.reload();
    await table.waitFor();
    await screenshot(page, '01-users');

    // The user menu offers the playground and sign-out; signing out returns to the sign-in page.
    await page.getByRole('button', { name: /Alex Morgan/ }).click();
    expect(await page.getByRole('menuitem', { name: 'GraphQL playground' }).count()).toBe(1);
    await screenshot(page, '01b-user-menu');
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await page.waitForURL('**/login');
    await page.goto('/users');
    await page.waitForURL('**/login?next=%2Fusers');
    expect(pageErrors).toEqual([]);
  });

  it('a worker without module access signs in and sees the empty state, not the users', async () => {
    await page.goto('/login');
    await signIn(page, WORKER);

    await page.getByRole('heading', { name: "You don't have access to any module yet" }).waitFor();
    expect(await page.getByRole('table').count()).toBe(0);
    expect(await page.getByRole('navigation', { name: 'Modules' }).count()).toBe(0);
    expect(await page.getByTestId('tenant-name').textContent()).toBe('Acme Operations');
    await screenshot(page, '02-no-access');
    await expectAccessible('No-access page');

    // Typing the address does not help either.
    await page.goto('/users');
    await page.getByRole('heading', { name: "You don't have access to any module yet" }).waitFor();
    expect(await page.getByRole('table').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it('a wrong password shows the API message and stays on the sign-in page', async () => {
    await page.goto('/login');
    await signIn(page, { ...ADMIN, password: 'not-the-password' });

    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Invalid username or password');
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(await page.getByLabel('Password').inputValue()).toBe('');
    await screenshot(page, '03-sign-in-error');
    await expectAccessible('Sign-in error');
  });

  it('a session the API refuses sends the user back to sign-in, then to the page they wanted', async () => {
    // A refresh cookie the server no longer knows, as after the session was revoked.
    await context.addCookies([
      { name: 'access_refresh', value: 'revoked-or-unknown', url: `${server.baseURL}/graphql`, httpOnly: true, sameSite: 'Strict' },
    ]);
    await page.goto('/users');
    await page.waitForURL(/\/login\?next=%2Fusers$/);

    await signIn(page, ADMIN);
    await page.waitForURL('**/users');
    await page.getByRole('table', { name: 'Users' }).waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('the GraphQL playground works offline and runs queries as the signed-in user', async () => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    // Behave like a machine without internet: anything off the test server fails.
    await context.route('**/*', (route) =>
      new URL(route.request().url()).origin === server.baseURL ? route.continue() : route.abort('internetdisconnected'),
    );

    await page.goto('/login');
    await signIn(page, ADMIN);
    await page.waitForURL('**/users');

    await page.goto(`/graphiql?query=${encodeURIComponent('{ me { username } }')}`);
    await page.locator('.graphiql-container').waitFor();
    // Monaco rendered the query editor with our query (its workers came from this server).
    const queryEditor = page.locator('.graphiql-query-editor .monaco-editor');
    await queryEditor.waitFor();
    await page.waitForFunction(() => document.querySelector('.graphiql-query-editor .view-lines')?.textContent?.includes('username'));

    await page.locator('.graphiql-execute-button').click();
    await page.waitForFunction(() => {
      const text = document.querySelector('.graphiql-response')?.textContent ?? '';
      return text.includes('"username"') && text.includes('"admin"');
    });
    const response = (await page.locator('.graphiql-response .view-lines').textContent()) ?? '';
    expect(response.replace(/\s+/g, ' ')).toContain('"username": "admin"');
    expect(response).not.toContain('errors');
    await screenshot(page, '04-graphiql');
    await expectAccessible('GraphQL playground', [GRAPHIQL_TABS]);

    const offOrigin = requested.filter((url) => {
      const { protocol, origin } = new URL(url);
      return protocol !== 'data:' && protocol !== 'blob:' && origin !== server.baseURL;
    });
    expect(offOrigin).toEqual([]);
    expect(page.workers().length).toBeGreaterThan(0);
    expect(pageErrors).toEqual([]);
  });

  // The server's Content-Security-Policy: no inline script or style; /graphiql alone styles inline, for Monaco.
  it.each(['/', '/portal', '/graphiql'])('serves %s with nothing inline that the policy would block, and every file it references', async (route) => {
    const response = await fetch(`${server.baseURL}${route}`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self';");
    const html = await response.text();
    expect(html.match(/<script\b(?![^>]*\bsrc=)[^>]*>/gi) ?? [], 'inline <script>').toEqual([]);
    expect(html.match(/<style\b[^>]*>/gi) ?? [], '<style>').toEqual([]);
    expect(html.match(/\s(style|on[a-z]+)\s*=/gi) ?? [], 'style or event handler attributes').toEqual([]);

    const referenced = [...html.matchAll(/\s(?:src|href)="([^"]+)"/g)].map((match) => match[1]!);
    expect(referenced.length).toBeGreaterThan(3);
    for (const url of referenced) {
      expect(url, 'same origin, no data: or external URLs').toMatch(/^\/[^/]/);
      const file = await fetch(`${server.baseURL}${url}`);
      expect(file.status, url).toBe(200);
      const type = file.headers.get('content-type') ?? '';
      if (url.endsWith('.js')) expect(type, url).toMatch(/^(text|application)\/javascript/);
      if (url.endsWith('.css')) expect(type, url).toMatch(/^text\/css/);
      if (url.endsWith('.svg')) expect(type, url).toMatch(/^image\/svg\+xml/);
      await file.arrayBuffer();
    }
  });

  it('runs the admin app, the playground and the portal without a Content-Security-Policy violation', async () => {
    const violations = await watchViolations(page);
    await page.goto('/login');
    await signIn(page, ADMIN);
    await page.getByRole('table', { name: 'Users' }).waitFor();
    expect(await violations(), 'admin app').toEqual([]);

    // The user menu opens the playground with a full page load, under the playground's own policy.
    await page.getByRole('button', { name: /Alex Morgan/ }).click();
    await page.getByRole('menuitem', { name: 'GraphQL playground' }).click();
    await page.waitForURL('**/graphiql');
    await page.waitForFunction(() => (document.querySelector('.graphiql-query-editor .view-lines')?.children.length ?? 0) > 3);
    expect(await violations(), 'playground').toEqual([]);

    const portal = await browser.newContext({ baseURL: server.baseURL, viewport: { width: 390, height: 844 } });
    try {
      const portalPage = await portal.newPage();
      const portalViolations = await watchViolations(portalPage);
      await portalPage.goto('/portal/shifts');
      await portalPage.getByRole('heading', { name: 'Sign in' }).waitFor();
      await signIn(portalPage, WORKER);
      await portalPage.getByRole('heading', { level: 1 }).first().waitFor();
      expect(await portalViolations(), 'portal').toEqual([]);
    } finally {
      await portal.close();
    }
    expect(pageErrors).toEqual([]);
  });
});
