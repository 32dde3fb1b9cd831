import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from './support/browser';
import { startBrowserSuite, type BrowserSuite } from './support/browser-suite';

const ADMIN = { tenant: 'acme', username: 'admin', password: 'Admin#2026demo' };
const WORKER = { tenant: 'acme', username: 'maria.lopez', password: 'Worker#2026demo' };

/** Whatever the page's policy blocked, from the page's own securitypolicyviolation events. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sample}`));
  });
  return () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

/**
 * The built SPA under the server's Content-Security-Policy (no inline script or style; /graphiql
 * alone may style inline, for Monaco): every page and every file it names loads, and nothing is
 * blocked in Chromium.
 */
describe('the SPA under its Content-Security-Policy', () => {
  let suite: BrowserSuite | undefined;

  beforeAll(async () => {
    suite = await startBrowserSuite();
  }, 120_000);

  afterAll(async () => {
    await suite?.close();
  });

  it.each(['/', '/portal', '/graphiql'])('serves %s with nothing inline and every file it references', async (route) => {
    const base = suite!.server.baseURL;
    const response = await fetch(`${base}${route}`, { headers: { accept: 'text/html' } });
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
      const file = await fetch(`${base}${url}`);
      expect(file.status, url).toBe(200);
      const type = file.headers.get('content-type') ?? '';
      if (url.endsWith('.js')) expect(type, url).toMatch(/^(text|application)\/javascript/);
      if (url.endsWith('.css')) expect(type, url).toMatch(/^text\/css/);
      if (url.endsWith('.svg')) expect(type, url).toMatch(/^image\/svg\+xml/);
      await file.arrayBuffer();
    }
  });

  it('runs the admin app and the playground without a single violation', async () => {
    const context = await suite!.newContext({ viewport: { width: 1280, height: 800 }, timeout: 20_000 });
    try {
      const page = await context.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
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
      // Monaco places each line by an inline style; blocked, every line would sit at the top.
      const lineTops = await page.$$eval('.graphiql-query-editor .view-line', (lines) => new Set(lines.map((line) => (line as HTMLElement).offsetTop)).size);
      expect(lineTops).toBeGreaterThan(3);
      expect(await violations(), 'playground').toEqual([]);

      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('runs the worker portal without a violation', async () => {
    const context = await suite!.newContext({ viewport: { width: 390, height: 844 } });
    try {
      const page = await context.newPage();
      const violations = await watchViolations(page);
      await page.goto('/portal/shifts');
      await page.getByRole('heading', { name: 'Sign in' }).waitFor();
      await signIn(page, WORKER);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      expect(await violations(), 'portal').toEqual([]);
    } finally {
      await context.close();
    }
  });
});
