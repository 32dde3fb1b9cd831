import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiLogin, gqlData, type ApiSession, userIdByUsername } from './support/api';
import { seriousA11yViolations } from './support/axe';
import { screenshot } from './support/browser';
import { startSignedInSuite, type SignedInSuite } from './support/browser-suite';
import { watchViolations } from './support/csp';
import type { TestServer } from './support/server';

const ADMIN = { tenant: 'acme', username: 'admin', password: 'Admin#2026demo' };
/** The demo seed gives Sakura twelve sign-ins nine days apart, the last 12 days ago; the test adds a few real ones today. */
const SAKURA = { tenant: 'acme', username: 'sakura.tanaka', password: 'Staff#2026demo' };
const SIGN_INS_TODAY = 3;

interface Activity {
  loginsLast365Days: number;
  signInsSince: string;
  signInsPerDay: Array<{ day: string; signIns: number }>;
}
const ACTIVITY = 'query($id: ID!) { userActivity(userId: $id) { loginsLast365Days signInsSince signInsPerDay { day signIns } } }';

/** Columns of the canvas holding the bar colour, as runs: one run per drawn bar. */
async function barRuns(page: Page, rgb: [number, number, number]): Promise<number> {
  return page.getByTestId('sign-ins-chart').locator('canvas').evaluate((canvas: HTMLCanvasElement, [r, g, b]) => {
    const { width, height } = canvas;
    const pixels = canvas.getContext('2d')!.getImageData(0, 0, width, height).data;
    const filled = (x: number) => {
      for (let y = 0; y < height; y++) {
        const i = (y * width + x) * 4;
        if (pixels[i] === r && pixels[i + 1] === g && pixels[i + 2] === b && pixels[i + 3] === 255) return true;
      }
      return false;
    };
    let runs = 0;
    for (let x = 0; x < width; x++) if (filled(x) && (x === 0 || !filled(x - 1))) runs++;
    return runs;
  }, rgb);
}

/**
 * Issue 17: Recent Activity draws the sign-ins per day of the last 365 days, from a chunk loaded
 * only with that tab, under the app's Content-Security-Policy, with a text alternative that tells
 * the same numbers as the year's count.
 */
describe('sign-ins chart in Chromium against the built server', () => {
  let suite: SignedInSuite | undefined;
  let server: TestServer;
  let page: Page;
  let admin: ApiSession;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    suite = await startSignedInSuite(ADMIN, { pageErrors });
    ({ server, page, session: admin } = suite);
  }, 150_000);

  afterAll(async () => {
    await suite?.close();
  });

  it('charts every sign-in of the year, lazily, under the CSP, with a matching text alternative', async () => {
    const sakuraId = await userIdByUsername(server.baseURL, admin.accessToken, SAKURA.username);
    for (let i = 0; i < SIGN_INS_TODAY; i++) expect((await apiLogin(server.baseURL, SAKURA)).session).toBeDefined();
    const { userActivity: expected } = await gqlData<{ userActivity: Activity }>(server.baseURL, ACTIVITY, { id: sakuraId }, admin.accessToken);
    const today = new Date().toISOString().slice(0, 10);
    expect(expected.signInsPerDay.find((entry) => entry.day === today)?.signIns).toBeGreaterThanOrEqual(SIGN_INS_TODAY);
    expect(expected.signInsPerDay).toHaveLength(13);

    const violations = await watchViolations(page);
    const chunks: string[] = [];
    page.on('request', (request) => {
      if (/\/SignInsChart-[^/]*\.js$/.test(request.url())) chunks.push(request.url());
    });
    await page.goto(`/users/${sakuraId}`);
    await page.getByRole('tablist', { name: 'User record' }).waitFor();
    expect(chunks, 'the chart chunk before Recent Activity opens').toEqual([]);

    await page.getByRole('tab', { name: 'Recent Activity' }).click();
    const total = expected.loginsLast365Days;
    const chart = page.getByRole('img', { name: new RegExp(`^Sign-ins per day from .+ \\(UTC\\): ${total} sign-ins$`) });
    await chart.waitFor();
    await page.getByTestId('sign-ins-chart').locator('canvas').waitFor();
    expect(chunks).toHaveLength(1);

    const year = page.getByRole('figure', { name: 'Sign-ins per day' });
    const stat = page.locator('.stat').filter({ hasText: 'Logins in last year' });
    expect(await stat.locator('dd').textContent()).toBe(String(total));
    const summary = await year.locator('figcaption p').textContent();
    expect(summary).toContain(`${total} sign-ins on ${expected.signInsPerDay.length} of the last 365 days.`);
    const busiest = expected.signInsPerDay.reduce((best, entry) => (entry.signIns > best.signIns ? entry : best));
    expect(await year.locator('figcaption time').getAttribute('datetime')).toBe(busiest.day);
    expect(summary).toContain(`with ${busiest.signIns} sign-ins.`);
    expect(await chart.getAttribute('aria-describedby')).toBe(await year.locator('figcaption p').getAttribute('id'));

    const table = year.getByRole('table', { name: 'Days with sign-ins (UTC)' });
    const rows = await table.locator('tbody tr').evaluateAll((trs: HTMLTableRowElement[]) =>
      trs.map((tr) => ({ day: tr.querySelector('time')!.getAttribute('datetime')!, signIns: Number(tr.cells[1]!.textContent) })),
    );
    expect(rows).toEqual(expected.signInsPerDay);

    await screenshot(page, '170-sign-ins-chart');
    // A bar per day with sign-ins, in the theme's primary colour (#2f5d8a), none on the empty days.
    expect(await barRuns(page, [0x2f, 0x5d, 0x8a])).toBe(expected.signInsPerDay.length);

    expect(await seriousA11yViolations(page), 'axe on Recent Activity').toEqual([]);
    expect(await violations()).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
