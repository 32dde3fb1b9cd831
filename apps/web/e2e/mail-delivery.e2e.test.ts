import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gqlData, userIdByUsername, type ApiSession } from './support/api';
import { seriousA11yViolations } from './support/axe';
import { startSignedInSuite, type SignedInSuite } from './support/browser-suite';
import type { TestServer } from './support/server';

const ADMIN = { tenant: 'acme', username: 'admin', password: 'Admin#2026demo' };
const DELIVERY = '{ mailDelivery { messages { subject status } } }';

/**
 * Settings → Mail delivery against a server whose SMTP server is unreachable and that gives each
 * message one attempt: a password reset commits, its mail is dead-lettered, and the page shows it
 * (never its body) and queues it again.
 */
describe('mail delivery in Chromium against the built server', () => {
  let suite: SignedInSuite | undefined;
  let server: TestServer;
  let page: Page;
  let admin: ApiSession;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    suite = await startSignedInSuite(ADMIN, {
      pageErrors,
      // Nothing listens on port 1: every attempt is refused at once.
      serverEnv: { SMTP_URL: 'smtp://127.0.0.1:1', MAIL_MAX_ATTEMPTS: '1' },
    });
    ({ server, page, session: admin } = suite);
    const tomId = await userIdByUsername(server.baseURL, admin.accessToken, 'tom.becker');
    await gqlData(server.baseURL, 'mutation($id: ID!) { resetPassword(id: $id) { id } }', { id: tomId }, admin.accessToken);
    // The commit wakes the delivery worker, whose one attempt fails.
    const deadline = Date.now() + 10_000;
    for (;;) {
      const { mailDelivery } = await gqlData<{ mailDelivery: { messages: Array<{ status: string }> } }>(server.baseURL, DELIVERY, {}, admin.accessToken);
      if (mailDelivery.messages.some((message) => message.status === 'FAILED')) break;
      if (Date.now() > deadline) throw new Error('the reset mail was never dead-lettered');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }, 180_000);

  afterAll(async () => {
    await suite?.close();
  });

  it('lists the dead-lettered message from the Settings navigation, without its body, and retries it', async () => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Mail delivery', exact: true }).click();
    const table = page.getByRole('table', { name: 'Undelivered mail, newest first' });
    await table.waitFor();
    const row = table.getByRole('row').filter({ hasText: 'tom.becker' });
    await row.getByText('Failed').waitFor();
    expect(await row.getByText('ECONNREFUSED').count()).toBe(1);
    expect(await page.getByText('Temporary password').count()).toBe(0);
    expect(await seriousA11yViolations(page), 'axe on Mail delivery').toEqual([]);

    await row.getByRole('button', { name: /^Retry now: ".*password was reset" to / }).click();
    await page.getByRole('status').filter({ hasText: 'is queued again' }).waitFor();
    expect(await seriousA11yViolations(page), 'axe after a retry').toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
