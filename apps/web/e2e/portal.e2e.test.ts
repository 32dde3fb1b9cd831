import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiLogin, gql, gqlData, signInContext, type ApiSession } from './support/api';
import { seriousA11yViolations } from './support/axe';
import { screenshot, signIn } from './support/browser';
import { startBrowserSuite, type BrowserSuite } from './support/browser-suite';
import type { TestServer } from './support/server';

const ADMIN = { tenant: 'acme', username: 'admin', password: 'Admin#2026demo' };
const WENDY_PASSWORD = 'Wendy#Shifts2026';
const PAUL_PASSWORD = 'Paul#Paused2026';
// Not one of the demo tenant's skills: creating it must succeed.
const SKILL = 'Cold store picking';
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

/** The dashboard of a worker with a skill and a certification: every card, in the API's order. */
const ALL_CARDS = [
  'My Shifts',
  'After-Shift Reports',
  'Configure Notifications',
  'Calendar Links',
  'My Availability',
  'My Profile',
  'My Skills',
  'My Certifications',
  'My Working Hours',
  'Change Password',
];

/** A local calendar day `offset` days from today, as `<input type="date">` and the API spell it. */
function localDay(offset: number): string {
  const day = new Date();
  day.setDate(day.getDate() + offset);
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
}

/** An instant `offset` days from now at a local hour. */
function localTime(offset: number, hour: number): string {
  const day = new Date();
  day.setDate(day.getDate() + offset);
  day.setHours(hour, 0, 0, 0);
  return day.toISOString();
}

interface PlannerUser {
  id: string;
  username: string;
  email: string;
}

/**
 * Seed 001's worker portal in Chromium against the built server: an external worker is added,
 * activated and invited through the planner API; she signs in to /portal with the emailed
 * temporary password, chooses her own, accepts a shift (another one is already filled), blocks a
 * day, asks for time off, uploads a certification proof that a scheduler approves, completes an
 * after-shift report and visits every card on a desktop and on a phone. A second worker, whose
 * portal access is off, sees the holding page; so does the first once hers is switched off.
 */
describe('worker portal in Chromium against the built server', () => {
  let suite: BrowserSuite | undefined;
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let admin: ApiSession;
  let wendy: PlannerUser;
  let paul: PlannerUser;
  let skillId: string;
  const pageErrors: string[] = [];

  const adminGql = <T>(query: string, variables: Record<string, unknown> = {}) => gqlData<T>(server.baseURL, query, variables, admin.accessToken);

  async function expectAccessible(name: string, target: Page = page) {
    expect(await seriousA11yViolations(target), `axe on ${name}`).toEqual([]);
  }

  async function addWorker(firstName: string, lastName: string): Promise<PlannerUser> {
    const email = `${firstName}.${lastName}@acme.example`.toLowerCase();
    const { addExternalPlannerUser } = await adminGql<{ addExternalPlannerUser: PlannerUser }>(
      'mutation($input: AddExternalPlannerUserInput!) { addExternalPlannerUser(input: $input) { id username email } }',
      { input: { firstName, lastName, email } },
    );
    return addExternalPlannerUser;
  }

  /** Activate & Invite, then the temporary password from the development outbox, as the worker reads it. */
  async function invite(worker: PlannerUser): Promise<string> {
    await adminGql('mutation($id: ID!) { activateAndInvite(userId: $id) { id inviteStatus } }', { id: worker.id });
    const { devOutbox } = await adminGql<{ devOutbox: Array<{ to: string; text: string }> }>('query { devOutbox(limit: 20) { to text } }');
    const mail = devOutbox.find((message) => message.to.includes(worker.email));
    const password = /Temporary password:\s*(\S+)/.exec(mail?.text ?? '')?.[1];
    if (!password) throw new Error(`No temporary password for ${worker.email} in the outbox`);
    return password;
  }

  async function createShift(title: string, startsAt: string, endsAt: string, headcount = 1): Promise<string> {
    const { createShift: shift } = await adminGql<{ createShift: { id: string } }>(
      'mutation($input: CreateShiftInput!) { createShift(input: $input) { id } }',
      { input: { title, startsAt, endsAt, location: 'Dock 4, North Warehouse', requiredSkillId: skillId, headcount, notes: 'Safety boots required.' } },
    );
    return shift.id;
  }

  async function offer(shiftId: string, workers: PlannerUser[]) {
    await adminGql('mutation($shiftId: ID!, $userIds: [ID!]!) { offerShift(shiftId: $shiftId, userIds: $userIds) { id } }', {
      shiftId,
      userIds: workers.map((worker) => worker.id),
    });
  }

  /** A worker's own API session, for what happens on their phone while the test watches the other one. */
  async function workerToken(username: string, password: string): Promise<string> {
    const result = await apiLogin(server.baseURL, { tenant: 'acme', username, password });
    if (!result.session) throw new Error(`${username} could not sign in: ${result.typename} ${result.errors ?? ''}`);
    return result.session.accessToken;
  }

  async function acceptAs(token: string, title: string) {
    const { myShifts } = await gqlData<{ myShifts: Array<{ offerId: string; title: string }> }>(server.baseURL, 'query { myShifts { offerId title } }', {}, token);
    const offerId = myShifts.find((shift) => shift.title === title)?.offerId;
    if (!offerId) throw new Error(`No offer of ${title}`);
    await gqlData(server.baseURL, 'mutation($id: ID!) { acceptShiftOffer(offerId: $id) { status } }', { id: offerId }, token);
  }

  async function openCard(title: string) {
    await page.goto('/portal');
    await page.getByRole('list', { name: 'Portal sections' }).getByRole('link', { name: new RegExp(`^${title}`) }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
  }

  beforeAll(async () => {
    suite = await startBrowserSuite();
    ({ server, browser } = suite);
    const signedIn = await apiLogin(server.baseURL, ADMIN);
    if (!signedIn.session) throw new Error(`The admin could not sign in: ${signedIn.errors ?? signedIn.typename}`);
    admin = signedIn.session;

    const { createSkill } = await adminGql<{ createSkill: { id: string } }>('mutation($name: String!) { createSkill(name: $name) { id } }', { name: SKILL });
    skillId = createSkill.id;
    wendy = await addWorker('Wendy', 'Walker');
    paul = await addWorker('Paul', 'Pause');
    for (const worker of [wendy, paul]) {
      await adminGql('mutation($userId: ID!, $skillId: ID!) { assignSkill(userId: $userId, skillId: $skillId, level: 3) { user { id } } }', {
        userId: worker.id,
        skillId,
      });
    }
    await adminGql('mutation($userId: ID!, $expiresOn: String) { assignCertification(userId: $userId, name: "First Aid at Work", expiresOn: $expiresOn) { id } }', {
      userId: wendy.id,
      expiresOn: localDay(400),
    });
    await adminGql('mutation($userId: ID!, $input: WorkingHoursInput!) { setWorkingHours(userId: $userId, input: $input) { user { id } } }', {
      userId: wendy.id,
      input: {
        contractedHoursPerWeek: 32,
        maxHoursPerWeek: 40,
        days: [1, 2, 3, 4].map((weekday) => ({ weekday, start: '08:00', end: '16:00' })),
      },
    });

    context = await browser.newContext({ baseURL: server.baseURL, viewport: DESKTOP });
    context.setDefaultTimeout(10_000);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.baseURL });
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
  }, 150_000);

  afterAll(async () => {
    await context?.close();
    await suite?.close();
  });

  it('signs a new worker in with the emailed temporary password and makes her choose her own', async () => {
    const temporary = await invite(wendy);
    await page.goto('/portal/shifts');
    await page.waitForURL(/\/portal\/login\?next=%2Fshifts/);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await screenshot(page, 'portal-00-sign-in-desktop');
    await expectAccessible('Portal sign-in');

    // "Username or email": she uses the address the invitation went to.
    await signIn(page, { tenant: 'acme', username: wendy.email, password: temporary });
    const choose = page.getByRole('form', { name: 'Choose your password' });
    await choose.waitFor();
    await choose.getByLabel('New password', { exact: true }).fill('short');
    expect(await choose.locator('[data-state="failed"]').count()).toBeGreaterThan(0);
    await choose.getByLabel('New password', { exact: true }).fill(WENDY_PASSWORD);
    await choose.getByLabel('Confirm new password').fill(WENDY_PASSWORD);
    expect(await choose.locator('[data-state="failed"]').count()).toBe(0);
    await screenshot(page, 'portal-01-choose-password-desktop');
    await expectAccessible('Choose password');
    await choose.getByRole('button', { name: 'Save password and continue' }).click();

    // Back where she was going, inside the portal.
    await page.waitForURL('**/portal/shifts');
    await page.getByRole('heading', { level: 1, name: 'My Shifts' }).waitFor();
    expect(await page.getByTestId('portal-user').textContent()).toBe('Wendy Walker');
    // External workers have no admin app to go back to.
    expect(await page.getByRole('link', { name: 'Admin app' }).count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it('lists every card with what waits there, and accepts a shift after confirming; a filled shift says so', async () => {
    const paulTemporary = await invite(paul);
    // Paul takes the last place of the evening shift on his phone before Wendy answers.
    const changeToken = await gql<{ login: { changeToken?: string } }>(
      server.baseURL,
      'mutation($input: LoginInput!) { login(input: $input) { ... on PasswordChangeRequired { changeToken } } }',
      { input: { tenant: 'acme', username: paul.username, password: paulTemporary } },
    );
    const token = changeToken.data?.login.changeToken;
    if (!token) throw new Error(`Paul's first sign-in did not ask for a new password: ${JSON.stringify(changeToken)}`);
    await gqlData(server.baseURL, 'mutation($p: String!) { completePasswordChange(newPassword: $p) { __typename } }', { p: PAUL_PASSWORD }, token);
    const paulToken = await workerToken(paul.username, PAUL_PASSWORD);

    await offer(await createShift('Warehouse morning', localTime(3, 8), localTime(3, 16)), [wendy]);
    await offer(await createShift('Evening cover', localTime(4, 17), localTime(4, 22)), [wendy, paul]);
    await acceptAs(paulToken, 'Evening cover');

    await page.goto('/portal');
    const cards = page.getByRole('list', { name: 'Portal sections' });
    await cards.waitFor();
    expect(await cards.locator('.portal-card__title').allTextContents()).toEqual(ALL_CARDS);
    expect(await cards.getByRole('link', { name: /^My Shifts/ }).textContent()).toContain('2 open offers');

    await cards.getByRole('link', { name: /^My Shifts/ }).click();
    const offers = page.getByRole('region', { name: 'Offers waiting for your answer' });
    const morning = offers.getByRole('article').filter({ hasText: 'Warehouse morning' });
    await morning.waitFor();
    expect(await morning.textContent()).toContain('Dock 4, North Warehouse');
    expect(await morning.textContent()).toContain(SKILL);

    await morning.getByRole('button', { name: 'Accept' }).click();
    const confirm = page.getByRole('dialog', { name: 'Accept this shift?' });
    await confirm.waitFor();
    await screenshot(page, 'portal-10-accept-shift-desktop');
    await expectAccessible('Accept shift dialog');
    await confirm.getByRole('button', { name: 'Accept shift' }).click();
    await confirm.waitFor({ state: 'hidden' });
    await page.getByRole('status').filter({ hasText: 'You accepted “Warehouse morning”.' }).waitFor();
    await page.getByRole('region', { name: 'Accepted shifts' }).getByText('Warehouse morning').waitFor();

    await offers.getByRole('article').filter({ hasText: 'Evening cover' }).getByRole('button', { name: 'Accept' }).click();
    const filled = page.getByRole('dialog', { name: 'Accept this shift?' });
    await filled.getByRole('button', { name: 'Accept shift' }).click();
    await filled.getByRole('alert').filter({ hasText: 'already filled' }).waitFor();
    await screenshot(page, 'portal-11-shift-filled-desktop');
    // Filled is final: the dialog offers Close only.
    expect(await filled.getByRole('button', { name: 'Accept shift' }).count()).toBe(0);
    await filled.getByRole('button', { name: 'Close' }).click();
    expect(pageErrors).toEqual([]);
  });

  it('blocks a whole day, refuses the same day twice next to the field, and asks for time off', async () => {
    await openCard('My Availability');
    const block = page.getByRole('form', { name: 'Block a day' });
    await block.getByLabel('Day').fill(localDay(10));
    await block.getByRole('button', { name: 'Block day' }).click();
    const days = page.getByRole('list', { name: 'Unavailable days' });
    await days.getByRole('listitem').filter({ hasText: 'Blocked' }).waitFor();
    expect(await days.getByRole('listitem').count()).toBe(1);

    await block.getByLabel('Day').fill(localDay(10));
    await block.getByRole('button', { name: 'Block day' }).click();
    const error = block.locator('.field--invalid .field__error');
    await error.waitFor();
    expect(await block.getByLabel('Day').getAttribute('aria-invalid')).toBe('true');

    const timeOff = page.getByRole('form', { name: 'Request time off' });
    await timeOff.getByLabel('First day').fill(localDay(20));
    await timeOff.getByLabel('Last day').fill(localDay(22));
    await timeOff.getByText('3 days').waitFor();
    await timeOff.getByLabel('Reason (optional)').fill('Family visit');
    await timeOff.getByRole('button', { name: 'Request time off' }).click();
    await page.getByRole('list', { name: 'Time-off requests' }).getByText('Pending').waitFor();
    await screenshot(page, 'portal-20-availability-desktop');
    await expectAccessible('My Availability');
    expect(pageErrors).toEqual([]);
  });

  it('checks a proof file in the browser, uploads a real PNG, and shows the approval', async () => {
    await openCard('My Certifications');
    const certification = page.getByTestId('certification').filter({ hasText: 'First Aid at Work' });
    await certification.getByText('Awaiting proof').waitFor();
    const input = certification.getByLabel('Proof document');

    // Refused before anything is sent: wrong type, then too large.
    await input.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a certificate') });
    await certification.getByText('Choose a PDF, PNG or JPEG file.').waitFor();
    expect(await certification.getByRole('button', { name: 'Upload proof' }).isDisabled()).toBe(true);
    await input.setInputFiles({ name: 'huge.png', mimeType: 'image/png', buffer: Buffer.alloc(6 * 1024 * 1024, 1) });
    await certification.getByText(/the limit is 5\.0 MB/).waitFor();

    // A real PNG: a small screenshot of the page itself.
    const proof = path.join(tmpdir(), `first-aid-${Date.now()}.png`);
    await writeFile(proof, await page.screenshot({ clip: { x: 0, y: 0, width: 64, height: 48 } }));
    try {
      await input.setInputFiles(proof);
      await certification.getByRole('button', { name: 'Upload proof' }).click();
      await certification.getByText('Pending review').waitFor();
      await certification.getByText(path.basename(proof)).waitFor();
    } finally {
      await rm(proof, { force: true });
    }
    await screenshot(page, 'portal-21-certification-uploaded-desktop');

    // A scheduler approves the proof; the worker sees it counted.
    const { myCertifications } = await gqlData<{ myCertifications: Array<{ id: string }> }>(
      server.baseURL,
      'query { myCertifications { id } }',
      {},
      await workerToken(wendy.username, WENDY_PASSWORD),
    );
    await adminGql('mutation($id: ID!) { approveCertification(id: $id, note: "Certificate checked") { status } }', { id: myCertifications[0]?.id });
    await page.reload();
    await certification.getByText('Approved', { exact: true }).waitFor();
    expect(await certification.textContent()).toContain('Certificate checked');
    expect(pageErrors).toEqual([]);
  });

  it('completes the report of a shift that has just ended', async () => {
    // The API only takes reports for accepted shifts that have ended: one that ends in a few seconds.
    const startsAt = new Date(Date.now() + 6_000);
    const endsAt = new Date(startsAt.getTime() + 3_000);
    await offer(await createShift('Short stock count', startsAt.toISOString(), endsAt.toISOString()), [wendy]);
    await acceptAs(await workerToken(wendy.username, WENDY_PASSWORD), 'Short stock count');
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, endsAt.getTime() - Date.now() + 1_000)));

    await page.goto('/portal');
    const reportsCard = page.getByRole('link', { name: /^After-Shift Reports/ });
    await reportsCard.getByText('1 report to complete').waitFor();
    await reportsCard.click();
    const pending = page.getByRole('region', { name: 'Waiting for your report' }).getByRole('article').filter({ hasText: 'Short stock count' });
    await pending.getByRole('button', { name: 'Complete report' }).click();
    const form = page.getByRole('form', { name: 'Report for Short stock count' });
    await form.getByLabel('Hours worked').fill('0');
    await form.getByRole('button', { name: 'Submit report' }).click();
    await form.getByText('Enter the hours you worked').waitFor();
    await form.getByLabel('Hours worked').fill('0.5');
    await form.getByLabel('Notes').fill('Counted aisles 1 to 4.');
    await form.getByLabel('Incidents').fill('None');
    await screenshot(page, 'portal-22-report-form-desktop');
    await expectAccessible('After-shift report form');
    await form.getByRole('button', { name: 'Submit report' }).click();
    await page.getByRole('region', { name: 'Submitted reports' }).getByText('Counted aisles 1 to 4.').waitFor();
    expect(pageErrors).toEqual([]);
  }, 60_000);

  it('saves notifications, the calendar link, the profile and a skill rating', async () => {
    await openCard('Configure Notifications');
    const offered = page.getByRole('switch', { name: 'A shift is offered to me' });
    expect(await offered.isChecked()).toBe(true);
    await offered.uncheck();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await page.reload();
    await page.getByRole('switch', { name: 'A shift is offered to me' }).waitFor();
    expect(await page.getByRole('switch', { name: 'A shift is offered to me' }).isChecked()).toBe(false);

    await openCard('Calendar Links');
    await page.getByRole('button', { name: 'Create calendar link' }).click();
    const url = await page.getByTestId('calendar-url').inputValue();
    expect(url).toMatch(/\/calendar\/cal_[\w-]+\.ics$/);
    await page.getByRole('button', { name: 'Copy' }).click();
    await page.getByRole('status').filter({ hasText: /Copied|select the link/ }).waitFor();
    await page.getByText('Apple Calendar').waitFor();
    const feed = await fetch(url.replace(/^https?:\/\/[^/]+/, server.baseURL));
    expect(feed.headers.get('content-type')).toContain('text/calendar');
    const ics = await feed.text();
    expect(ics).toContain('Warehouse morning');
    expect(ics).not.toContain('Evening cover');
    await screenshot(page, 'portal-23-calendar-link-desktop');

    await openCard('My Profile');
    expect(await page.getByTestId('profile-updated').textContent()).toBe('Never');
    await page.getByLabel('Phone', { exact: true }).fill('+49 30 1234567');
    await page.getByLabel('Address').fill('Lindenstraße 5\n10969 Berlin');
    await page.getByRole('button', { name: 'Save details' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    expect(await page.getByTestId('profile-updated').textContent()).not.toBe('Never');

    await openCard('My Skills');
    await page.getByRole('group', { name: `Rate yourself: ${SKILL}` }).getByLabel(/^4/).check();
    await page.getByText(`Saved: ${SKILL}, 4 of 5.`).waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('shows every card on a desktop and on a phone, accessibly', async () => {
    for (const [viewport, size] of [
      ['desktop', DESKTOP],
      ['phone', PHONE],
    ] as const) {
      await page.setViewportSize(size);
      await page.goto('/portal');
      await page.getByRole('list', { name: 'Portal sections' }).waitFor();
      await screenshot(page, `portal-30-dashboard-${viewport}`);
      await expectAccessible(`Dashboard (${viewport})`);
      for (const [index, title] of ALL_CARDS.entries()) {
        await openCard(title);
        await page.locator('.loading').waitFor({ state: 'detached' });
        const slug = title.toLowerCase().replace(/[^a-z]+/g, '-');
        await screenshot(page, `portal-${31 + index}-${slug}-${viewport}`);
        await expectAccessible(`${title} (${viewport})`);
        // Nothing sticks out sideways on a phone.
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${title} fits ${viewport}`).toBe(true);
      }
    }
    await page.setViewportSize(DESKTOP);
    expect(pageErrors).toEqual([]);
  }, 120_000);

  it('shows the holding page to a worker whose portal access is off, at sign-in and in the middle of a visit', async () => {
    await adminGql('mutation($id: ID!) { setPortalAccess(id: $id, enabled: false) { id } }', { id: paul.id });
    const paulContext = await browser.newContext({ baseURL: server.baseURL, viewport: PHONE });
    try {
      const paulPage = await paulContext.newPage();
      await paulPage.goto('/portal');
      await signIn(paulPage, { tenant: 'acme', username: paul.username, password: PAUL_PASSWORD });
      await paulPage.getByRole('heading', { level: 1, name: 'Your portal access is paused' }).waitFor();
      await paulPage.getByText('Contact your scheduler').waitFor();
      await screenshot(paulPage, 'portal-50-holding-page-phone');
      await expectAccessible('Holding page', paulPage);
    } finally {
      await paulContext.close();
    }

    // Wendy has the portal open when her access is switched off: the next request shows the holding page.
    await openCard('My Shifts');
    // The page's own queries must have answered first: one still in flight would meet the switch and show the holding page before the click.
    await page.waitForLoadState('networkidle');
    await adminGql('mutation($id: ID!) { setPortalAccess(id: $id, enabled: false) { id } }', { id: wendy.id });
    await page.getByRole('link', { name: 'Dashboard' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your portal access is paused' }).waitFor();
    await screenshot(page, 'portal-51-holding-page-desktop');

    await adminGql('mutation($id: ID!) { setPortalAccess(id: $id, enabled: true) { id } }', { id: wendy.id });
    await page.getByRole('button', { name: 'Check again' }).click();
    await page.getByRole('list', { name: 'Portal sections' }).waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('opens the portal with an admin-app session; internal users get a way back to the admin app', async () => {
    const adminContext = await browser.newContext({ baseURL: server.baseURL, viewport: DESKTOP });
    try {
      await signInContext(adminContext, server.baseURL, ADMIN);
      const adminPage = await adminContext.newPage();
      await adminPage.goto('/portal');
      await adminPage.getByRole('heading', { level: 1, name: 'The worker portal is not set up for you' }).waitFor();
      await screenshot(adminPage, 'portal-52-not-a-planner-user-desktop');
      await expectAccessible('Not a planner user', adminPage);

      // Alex becomes schedulable with portal access: the same session now opens the dashboard.
      const { me } = await adminGql<{ me: { id: string } }>('query { me { id } }');
      const { user } = await adminGql<{ user: { version: number } }>('query($id: ID!) { user(id: $id) { version } }', { id: me.id });
      await adminGql('mutation($input: UpdateUserInput!) { updateUser(input: $input) { id } }', {
        input: { id: me.id, version: user.version, externalPlannerAccess: true },
      });
      await adminGql('mutation($id: ID!) { setPortalAccess(id: $id, enabled: true) { id } }', { id: me.id });
      await adminPage.reload();
      await adminPage.getByRole('list', { name: 'Portal sections' }).waitFor();
      await adminPage.setViewportSize(PHONE);
      await screenshot(adminPage, 'portal-53-internal-dashboard-phone', { fullPage: false });
      expect(await adminPage.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      const back = adminPage.getByRole('link', { name: 'Admin app' });
      await back.click();
      await adminPage.waitForURL((url) => url.pathname === '/');
      await adminPage.getByTestId('tenant-name').waitFor();
    } finally {
      await adminContext.close();
    }
    expect(pageErrors).toEqual([]);
  });
});
