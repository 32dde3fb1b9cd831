import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInContext } from './support/api';
import { seriousA11yViolations } from './support/axe';
import { screenshot, signIn } from './support/browser';
import { startBrowserSuite, type BrowserSuite } from './support/browser-suite';
import type { TestServer } from './support/server';

const ADMIN = { tenant: 'acme', username: 'admin', password: 'Admin#2026demo' };
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

/** Letters only (names are validated as names): unique per run, so reruns never collide. */
const RUN = Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');
const FIRST_NAME = 'Quinn';
const LAST_NAME = `Flow${RUN[0]!.toUpperCase()}${RUN.slice(1)}`;
const WORKER_NAME = `${FIRST_NAME} ${LAST_NAME}`;
const WORKER_EMAIL = `quinn.${RUN}@flow.example`;
const WORKER_PASSWORD = `Quinn#Flows${RUN}2026`;
const SHIFT_TITLE = `Harbour gate cover ${RUN}`;
const CERTIFICATION = `Working at height ${RUN}`;

/** A local calendar day `days` from today, as `<input type="date">` and the API spell it. */
function dayFromNow(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/**
 * The whole story through the two UIs, with no API shortcut: a scheduler adds an external
 * worker in the admin app, activates and invites them, reads the temporary password in the dev
 * outbox, creates and offers a shift and assigns a certification; the worker, on a phone, follows
 * the emailed link to /portal/login, chooses a password, accepts the shift, blocks a day and
 * uploads a proof; the scheduler approves it; the worker sees it approved. Signing in to the admin
 * app lands the worker in the portal; once the scheduler turns External Portal Access off (Settings
 * → Users → the user), the worker's next step in the portal shows the holding page.
 */
describe('planner and worker portal, the whole story in Chromium', () => {
  let suite: BrowserSuite | undefined;
  let server: TestServer;
  let browser: Browser;
  let adminContext: BrowserContext;
  let workerContext: BrowserContext;
  let admin: Page;
  let worker: Page;
  const pageErrors: string[] = [];

  let temporaryPassword = '';
  let username = '';
  let signInLink: URL;

  async function expectAccessible(name: string, target: Page) {
    expect(await seriousA11yViolations(target), `axe on ${name}`).toEqual([]);
  }

  const nav = () => admin.getByRole('navigation', { name: 'Modules' });

  /** The worker goes back to the dashboard and opens a card, as on their phone. */
  async function openCard(title: string) {
    await worker.goto('/portal');
    await worker.getByRole('list', { name: 'Portal sections' }).getByRole('link', { name: new RegExp(`^${title}`) }).click();
    await worker.getByRole('heading', { level: 1, name: title }).waitFor();
  }

  beforeAll(async () => {
    suite = await startBrowserSuite();
    ({ server, browser } = suite);
    adminContext = await browser.newContext({ baseURL: server.baseURL, viewport: DESKTOP });
    adminContext.setDefaultTimeout(10_000);
    // The scheduler's own sign-in is not part of this story (admin.e2e covers the sign-in page).
    await signInContext(adminContext, server.baseURL, ADMIN);
    admin = await adminContext.newPage();
    admin.on('pageerror', (error) => pageErrors.push(`admin: ${error.message}`));

    workerContext = await browser.newContext({ baseURL: server.baseURL, viewport: PHONE, isMobile: true, hasTouch: true });
    workerContext.setDefaultTimeout(10_000);
    worker = await workerContext.newPage();
    worker.on('pageerror', (error) => pageErrors.push(`worker: ${error.message}`));
  }, 150_000);

  afterAll(async () => {
    await workerContext?.close();
    await adminContext?.close();
    await suite?.close();
  });

  it('the scheduler adds an external planner user, who is held until Activate & Invite emails a temporary password', async () => {
    await admin.goto('/');
    await nav().getByRole('link', { name: 'Planner Users' }).click();
    await admin.waitForURL('**/planner/users');
    await admin.getByRole('table', { name: 'Planner users' }).waitFor();

    await admin.getByRole('button', { name: '+ Add external planner user' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Add external planner user' });
    await dialog.getByLabel('First name').fill(FIRST_NAME);
    await dialog.getByLabel('Last name').fill(LAST_NAME);
    await dialog.getByLabel('Email').fill(WORKER_EMAIL);
    await dialog.getByRole('button', { name: 'Create user' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await admin.getByText(`${WORKER_NAME} was added in the holding state`).waitFor();

    // Find them with the search field: the row says they are held.
    await admin.getByRole('search', { name: 'Filter planner users' }).getByLabel('Search').fill(LAST_NAME);
    await admin.waitForURL(/q=/);
    const row = admin.getByRole('row', { name: new RegExp(WORKER_NAME) });
    await row.getByText('Holding', { exact: true }).waitFor();
    expect(await row.textContent()).toContain('External');
    expect(await row.textContent()).toContain(WORKER_EMAIL);
    await screenshot(admin, 'flow-01-planner-user-holding');

    await row.getByRole('button', { name: `Activate & Invite ${WORKER_NAME}` }).click();
    const invite = admin.getByRole('dialog', { name: `Activate & Invite ${WORKER_NAME}?` });
    expect(await invite.textContent()).toContain(WORKER_EMAIL);
    await invite.getByRole('button', { name: 'Activate & Invite' }).click();
    await admin.getByText(`${WORKER_NAME} was emailed a temporary password at ${WORKER_EMAIL}.`).waitFor();
    await row.getByText('Invited', { exact: true }).waitFor();
    expect(await row.getByRole('button', { name: /Activate & Invite/ }).count()).toBe(0);
    await screenshot(admin, 'flow-02-planner-user-invited');

    // The mail, in the development outbox reached from the user menu.
    await admin.getByRole('button', { name: /Alex Morgan/ }).click();
    await admin.getByRole('menuitem', { name: 'Dev outbox' }).click();
    await admin.waitForURL('**/dev/outbox');
    const mail = admin.getByRole('list', { name: 'Messages' }).getByRole('button').filter({ hasText: WORKER_EMAIL }).filter({ hasText: 'sign-in details' });
    await mail.click();
    await admin.getByRole('heading', { level: 2, name: /sign-in details/ }).waitFor();
    const text = (await admin.getByTestId('outbox-text').textContent()) ?? '';
    expect(text).toContain(`Hello ${WORKER_NAME}`);
    temporaryPassword = /Temporary password:\s*(\S+)/.exec(text)?.[1] ?? '';
    username = /Username:\s*(\S+)/.exec(text)?.[1] ?? '';
    signInLink = new URL(/Sign in at:\s*(\S+)/.exec(text)?.[1] ?? 'about:blank');
    expect(temporaryPassword.length).toBeGreaterThanOrEqual(8);
    expect(username).not.toBe('');
    // External workers are sent to the worker portal, not to the admin app.
    expect(signInLink.pathname).toBe('/portal/login');
    expect(signInLink.origin).toBe(server.baseURL);
    await screenshot(admin, 'flow-03-invite-mail');
    expect(pageErrors).toEqual([]);
  });

  it('the scheduler creates a skill-free shift in the future, offers it to the worker and assigns a certification', async () => {
    await admin.goto('/');
    await nav().getByRole('link', { name: 'Shifts', exact: true }).click();
    await admin.waitForURL('**/planner/shifts');
    await admin.getByRole('table', { name: 'Shifts' }).waitFor();
    await admin.getByRole('button', { name: '+ New shift' }).click();
    const dialog = admin.getByRole('dialog', { name: 'New shift' });
    const day = dayFromNow(2);
    await dialog.getByLabel('Title').fill(SHIFT_TITLE);
    await dialog.getByLabel('Location').fill('North gate');
    await dialog.getByLabel('Start').fill(`${day}T09:00`);
    await dialog.getByLabel('End').fill(`${day}T17:00`);
    expect(await dialog.getByLabel('Required skill').inputValue()).toBe('');
    await dialog.getByLabel('Headcount').fill('1');
    await dialog.getByRole('button', { name: 'Create shift' }).click();
    await admin.waitForURL(/\/planner\/shifts\/[0-9a-f-]{36}$/);
    await admin.getByRole('heading', { name: SHIFT_TITLE, level: 1 }).waitFor();

    const picker = admin.getByRole('region', { name: 'Offer to workers' });
    await picker.getByLabel('Find planner users').fill(LAST_NAME);
    await picker.getByRole('checkbox', { name: new RegExp(WORKER_NAME) }).check();
    await picker.getByRole('button', { name: 'Offer shift' }).click();
    await picker.getByRole('status').filter({ hasText: `Offered to ${WORKER_NAME}.` }).waitFor();
    await admin.getByRole('table', { name: 'Offers' }).getByRole('row', { name: new RegExp(WORKER_NAME) }).getByText('Offered').waitFor();
    await screenshot(admin, 'flow-04-shift-offered');

    // Worker profile → Certifications, from the Planner Users list.
    await nav().getByRole('link', { name: 'Planner Users' }).click();
    await admin.getByRole('search', { name: 'Filter planner users' }).getByLabel('Search').fill(LAST_NAME);
    await admin.waitForURL(/q=/);
    await admin.getByRole('row', { name: new RegExp(WORKER_NAME) }).getByRole('link', { name: WORKER_NAME }).click();
    await admin.waitForURL(/\/planner\/users\/[0-9a-f-]{36}/);
    await admin.getByRole('heading', { name: WORKER_NAME, level: 1 }).waitFor();
    await admin.getByRole('tab', { name: 'Certifications', exact: true }).click();
    const assign = admin.getByRole('form', { name: 'Assign a certification' });
    await assign.getByLabel('Certification').fill(CERTIFICATION);
    await assign.getByLabel('Expires on').fill(dayFromNow(400));
    await assign.getByRole('button', { name: 'Assign certification' }).click();
    await admin.getByRole('article', { name: `Certification ${CERTIFICATION}` }).getByText('Awaiting proof').waitFor();
    await screenshot(admin, 'flow-05-certification-assigned');
    expect(pageErrors).toEqual([]);
  });

  it('the worker follows the emailed link on a phone, signs in with the temporary password and chooses their own', async () => {
    await worker.goto(signInLink.href);
    await worker.getByRole('heading', { name: 'Sign in' }).waitFor();
    await screenshot(worker, 'flow-10-portal-sign-in-phone');
    await expectAccessible('Portal sign-in', worker);

    await signIn(worker, { tenant: 'acme', username: WORKER_EMAIL, password: temporaryPassword });
    const choose = worker.getByRole('form', { name: 'Choose your password' });
    await choose.waitFor();
    await choose.getByLabel('New password', { exact: true }).fill(WORKER_PASSWORD);
    await choose.getByLabel('Confirm new password').fill(WORKER_PASSWORD);
    expect(await choose.locator('[data-state="failed"]').count()).toBe(0);
    await screenshot(worker, 'flow-11-choose-password-phone');
    await expectAccessible('Choose password', worker);
    await choose.getByRole('button', { name: 'Save password and continue' }).click();

    await worker.waitForURL((url) => url.pathname === '/portal' || url.pathname === '/portal/');
    await worker.getByRole('heading', { level: 1, name: `Hello, ${WORKER_NAME}` }).waitFor();
    const cards = worker.getByRole('list', { name: 'Portal sections' });
    await cards.waitFor();
    expect(await cards.getByRole('link', { name: /^My Shifts/ }).textContent()).toContain('1 open offer');
    expect(await cards.getByRole('link', { name: /^My Certifications/ }).count()).toBe(1);
    expect(await worker.getByTestId('portal-user').textContent()).toBe(WORKER_NAME);
    expect(await worker.getByRole('link', { name: 'Admin app' }).count()).toBe(0);
    await screenshot(worker, 'flow-12-dashboard-phone');
    await expectAccessible('Dashboard', worker);
    expect(await worker.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(pageErrors).toEqual([]);
  });

  it('the worker accepts the shift, blocks a whole day and uploads a certification proof', async () => {
    await openCard('My Shifts');
    const offer = worker.getByRole('region', { name: 'Offers waiting for your answer' }).getByRole('article').filter({ hasText: SHIFT_TITLE });
    await offer.waitFor();
    expect(await offer.textContent()).toContain('North gate');
    await offer.getByRole('button', { name: 'Accept' }).click();
    const confirm = worker.getByRole('dialog', { name: 'Accept this shift?' });
    await confirm.waitFor();
    await screenshot(worker, 'flow-13-accept-shift-phone');
    await expectAccessible('Accept shift dialog', worker);
    await confirm.getByRole('button', { name: 'Accept shift' }).click();
    await confirm.waitFor({ state: 'hidden' });
    await worker.getByRole('status').filter({ hasText: `You accepted “${SHIFT_TITLE}”.` }).waitFor();
    await worker.getByRole('region', { name: 'Accepted shifts' }).getByText(SHIFT_TITLE).waitFor();
    await screenshot(worker, 'flow-14-my-shifts-phone');
    await expectAccessible('My Shifts', worker);

    await openCard('My Availability');
    const block = worker.getByRole('form', { name: 'Block a day' });
    await block.getByLabel('Day').fill(dayFromNow(10));
    await block.getByRole('button', { name: 'Block day' }).click();
    const days = worker.getByRole('list', { name: 'Unavailable days' });
    await days.getByRole('listitem').filter({ hasText: 'Blocked' }).waitFor();
    expect(await days.getByRole('listitem').count()).toBe(1);
    await screenshot(worker, 'flow-15-my-availability-phone');
    await expectAccessible('My Availability', worker);

    await openCard('My Certifications');
    const certification = worker.getByTestId('certification').filter({ hasText: CERTIFICATION });
    await certification.getByText('Awaiting proof').waitFor();
    // A real PNG: a small screenshot of the page itself.
    const png = await worker.screenshot({ clip: { x: 0, y: 0, width: 64, height: 48 } });
    await certification.getByLabel('Proof document').setInputFiles({ name: `height-${RUN}.png`, mimeType: 'image/png', buffer: png });
    await certification.getByRole('button', { name: 'Upload proof' }).click();
    await certification.getByText('Pending review', { exact: true }).waitFor();
    await certification.getByText(`height-${RUN}.png`).waitFor();
    await screenshot(worker, 'flow-16-certification-pending-phone');
    await expectAccessible('My Certifications (pending)', worker);
    expect(pageErrors).toEqual([]);
  });

  it('the scheduler sees the accepted shift and approves the proof; the worker sees the certification approved', async () => {
    await admin.goto('/');
    await nav().getByRole('link', { name: 'Shifts', exact: true }).click();
    const shiftRow = admin.getByRole('row', { name: new RegExp(SHIFT_TITLE) });
    await shiftRow.waitFor();
    await admin.waitForFunction((title) => [...document.querySelectorAll('tr')].some((row) => row.textContent?.includes(title) && row.textContent.includes('1 / 1')), SHIFT_TITLE);

    await nav().getByRole('link', { name: 'Approvals' }).click();
    const card = admin.getByRole('article', { name: `Certification ${CERTIFICATION}` });
    await card.waitFor();
    expect(await card.textContent()).toContain('Pending review');
    expect(await card.textContent()).toContain(WORKER_NAME);
    expect(await card.getByRole('link', { name: `height-${RUN}.png` }).getAttribute('href')).toBeTruthy();
    await screenshot(admin, 'flow-20-approvals');
    await card.getByRole('button', { name: `Approve ${CERTIFICATION} of ${WORKER_NAME}` }).click();
    await admin.getByRole('dialog', { name: `Approve ${CERTIFICATION}?` }).getByRole('button', { name: 'Approve' }).click();
    await card.waitFor({ state: 'detached' });

    // The worker reloads My Certifications.
    await worker.reload();
    const certification = worker.getByTestId('certification').filter({ hasText: CERTIFICATION });
    await certification.getByText('Approved', { exact: true }).waitFor();
    expect(await certification.textContent()).toContain('Approved by your scheduler.');
    expect(await certification.textContent()).toContain('Valid until');
    await screenshot(worker, 'flow-21-certification-approved-phone');
    await expectAccessible('My Certifications (approved)', worker);
    expect(pageErrors).toEqual([]);
  });

  it('the worker signing in to the admin app ends up in the portal', async () => {
    const elsewhere = await browser.newContext({ baseURL: server.baseURL, viewport: PHONE, isMobile: true, hasTouch: true });
    elsewhere.setDefaultTimeout(10_000);
    try {
      const page = await elsewhere.newPage();
      page.on('pageerror', (error) => pageErrors.push(`admin sign-in: ${error.message}`));
      await page.goto('/login');
      await signIn(page, { tenant: 'acme', username, password: WORKER_PASSWORD });
      // The admin shell sends external users on with a full page load (location.replace): wait for
      // what the portal shows, not for one navigation event, which a repeated redirect can abort.
      await page.getByRole('heading', { level: 1, name: `Hello, ${WORKER_NAME}` }).waitFor();
      await page.getByRole('list', { name: 'Portal sections' }).waitFor();
      expect(new URL(page.url()).pathname).toMatch(/^\/portal\/?$/);
      // Nothing of the admin app on the way.
      expect(await page.getByRole('navigation', { name: 'Modules' }).count()).toBe(0);
      await screenshot(page, 'flow-22-admin-sign-in-lands-in-portal-phone');
    } finally {
      await elsewhere.close();
    }
    expect(pageErrors).toEqual([]);
  });

  it('the scheduler turns External Portal Access off in Settings → Users; the worker’s next step shows the holding page', async () => {
    await openCard('My Shifts');

    await admin.goto('/');
    await nav().getByRole('link', { name: 'Users', exact: true }).click();
    await admin.waitForURL('**/users');
    const filters = admin.getByRole('search', { name: 'Filter users' });
    await filters.getByLabel('Name', { exact: true }).fill(LAST_NAME);
    await admin.waitForURL(/name=/);
    await admin.getByRole('table', { name: 'Users' }).getByRole('link', { name: username, exact: true }).click();
    await admin.waitForURL(/\/users\/[0-9a-f-]{36}/);
    await admin.getByRole('heading', { name: WORKER_NAME, level: 1 }).waitFor();
    const form = admin.getByRole('form', { name: 'Edit user' });
    const portalAccess = form.getByRole('switch', { name: 'External Portal Access' });
    expect(await portalAccess.isChecked()).toBe(true);
    await portalAccess.uncheck();
    await form.getByRole('button', { name: 'Save changes' }).click();
    await form.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    expect(await portalAccess.isChecked()).toBe(false);
    await screenshot(admin, 'flow-30-portal-access-off');

    // Planner Users says so too.
    await nav().getByRole('link', { name: 'Planner Users' }).click();
    await admin.getByRole('search', { name: 'Filter planner users' }).getByLabel('Search').fill(LAST_NAME);
    await admin.getByRole('row', { name: new RegExp(WORKER_NAME) }).getByText('Portal off').waitFor();

    // The worker, still on My Shifts, goes back to the dashboard.
    await worker.getByRole('link', { name: 'Dashboard' }).click();
    await worker.getByRole('heading', { level: 1, name: 'Your portal access is paused' }).waitFor();
    await worker.getByText('Contact your scheduler').waitFor();
    expect(await worker.getByRole('list', { name: 'Portal sections' }).count()).toBe(0);
    await screenshot(worker, 'flow-31-holding-page-phone');
    await expectAccessible('Holding page', worker);

    // A reload does not get around it.
    await worker.reload();
    await worker.getByRole('heading', { level: 1, name: 'Your portal access is paused' }).waitFor();
    expect(pageErrors).toEqual([]);
  });
});
