import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, gqlData, signInContext, type ApiSession } from './support/api';
import { seriousA11yViolations } from './support/axe';
import { screenshot } from './support/browser';
import { startSignedInSuite, type SignedInSuite } from './support/browser-suite';
import type { TestServer } from './support/server';

const ADMIN = { tenant: 'acme', username: 'admin', password: 'Admin#2026demo' };
const WORKER_EMAIL = 'wanda.worker@example.com';
const WORKER_PASSWORD = 'Wanda#Works2026';

/** A calendar day `days` from today, as the API's local dates ("YYYY-MM-DD"). */
function dayFromNow(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** The smallest file the proof upload accepts as a PDF (the server checks the magic bytes). */
const PDF_BASE64 = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n').toString('base64');

/**
 * The Planner module of the admin app, walked in the browser against the built server: add an
 * external worker, Activate & Invite, edit the profile, create and offer a shift (with a refusal),
 * approve a proof and time off, review a report, and compensation hidden without its permission.
 * What the worker does in the portal is done here over the API, as the worker.
 */
describe('Planner admin in Chromium against the built server', () => {
  let suite: SignedInSuite | undefined;
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let admin: ApiSession;
  let worker = '';
  let workerId = '';
  const pageErrors: string[] = [];

  async function expectAccessible(name: string, target: Page = page) {
    expect(await seriousA11yViolations(target), `axe on ${name}`).toEqual([]);
  }

  const asAdmin = <T,>(query: string, variables: Record<string, unknown> = {}) => gqlData<T>(server.baseURL, query, variables, admin.accessToken);
  const asWorker = <T,>(query: string, variables: Record<string, unknown> = {}) => gqlData<T>(server.baseURL, query, variables, worker);

  /** Signs in with a temporary password over the API and chooses a new one; returns the access token. */
  async function firstSignIn(username: string, temporary: string, chosen: string): Promise<string> {
    const login = await gqlData<{ login: { __typename: string; changeToken?: string } }>(
      server.baseURL,
      'mutation($input: LoginInput!) { login(input: $input) { __typename ... on PasswordChangeRequired { changeToken } } }',
      { input: { tenant: 'acme', username, password: temporary } },
    );
    expect(login.login.__typename).toBe('PasswordChangeRequired');
    const done = await gqlData<{ completePasswordChange: { __typename: string; accessToken?: string } }>(
      server.baseURL,
      'mutation($p: String!) { completePasswordChange(newPassword: $p) { __typename ... on Session { accessToken } } }',
      { p: chosen },
      login.login.changeToken,
    );
    if (!done.completePasswordChange.accessToken) throw new Error(`No session after the password change: ${done.completePasswordChange.__typename}`);
    return done.completePasswordChange.accessToken;
  }

  /** The temporary password in the newest dev-outbox mail to `to`. */
  async function temporaryPasswordFor(to: string): Promise<string> {
    const { devOutbox } = await asAdmin<{ devOutbox: Array<{ to: string; text: string }> }>('{ devOutbox(limit: 20) { to text } }');
    const mail = devOutbox.find((message) => message.to.includes(to));
    const password = /Temporary password:\s*(\S+)/.exec(mail?.text ?? '')?.[1];
    if (!password) throw new Error(`No temporary password mailed to ${to}`);
    return password;
  }

  const nav = () => page.getByRole('navigation', { name: 'Modules' });
  const tab = (name: string) => page.getByRole('tab', { name, exact: true });
  const saved = () => page.getByRole('status').filter({ hasText: 'Saved.' });

  beforeAll(async () => {
    suite = await startSignedInSuite(ADMIN, { pageErrors });
    ({ server, browser, page, session: admin } = suite);
  }, 150_000);

  afterAll(async () => {
    await suite?.close();
  });

  it('adds an external planner user in the holding state, with API errors next to the fields', async () => {
    await page.goto('/');
    await nav().getByRole('link', { name: 'Planner Users' }).click();
    await page.waitForURL('**/planner/users');
    await page.getByRole('table', { name: 'Planner users' }).waitFor();
    // The admin is not a planner user: no External Dashboard for them.
    expect(await nav().getByRole('link', { name: 'External Dashboard' }).count()).toBe(0);
    await screenshot(page, '90-planner-users');
    await expectAccessible('Planner Users');

    await page.getByRole('button', { name: '+ Add external planner user' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add external planner user' });
    await dialog.getByLabel('First name').fill('Wanda');
    await dialog.getByLabel('Last name').fill('Worker');
    // An address already in use is refused by the API, next to the field.
    await dialog.getByLabel('Email').fill('tom.becker@acme.example');
    await dialog.getByRole('button', { name: 'Create user' }).click();
    const emailError = dialog.locator('.field--invalid .field__error');
    await emailError.waitFor();
    expect(await emailError.textContent()).toMatch(/email|address/i);
    expect(await dialog.getByLabel('Email').getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, '91-add-external-planner-user');
    await expectAccessible('Add external planner user');

    await dialog.getByLabel('Email').fill(WORKER_EMAIL);
    await dialog.getByRole('button', { name: 'Create user' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('Wanda Worker was added in the holding state').waitFor();

    // Filters live in the address.
    const filters = page.getByRole('search', { name: 'Filter planner users' });
    // Two changes before the page draws again (a quick hand, a slow machine) must both land.
    const selects = await Promise.all([filters.getByLabel('Invite status').elementHandle(), filters.getByLabel('Affiliation').elementHandle()]);
    await page.evaluate(
      ([status, affiliation]) => {
        const choose = (select: HTMLSelectElement, value: string) => {
          // React tracks the value it last set: write it through the native setter, then announce it.
          Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!.call(select, value);
          select.dispatchEvent(new Event('change', { bubbles: true }));
        };
        choose(status as HTMLSelectElement, 'HOLDING');
        choose(affiliation as HTMLSelectElement, 'EXTERNAL');
      },
      selects,
    );
    await filters.getByLabel('Search').fill('wanda');
    await page.waitForURL(/q=wanda/);
    expect(new URL(page.url()).searchParams.get('status')).toBe('HOLDING');
    expect(new URL(page.url()).searchParams.get('affiliation')).toBe('EXTERNAL');
    await page.waitForFunction(() => document.querySelectorAll('table tbody tr').length === 1);
    const row = page.getByRole('row', { name: /Wanda Worker/ });
    expect(await row.textContent()).toContain('Holding');
    await page.reload();
    await page.waitForFunction(() => document.querySelectorAll('table tbody tr').length === 1);
    expect(await filters.getByLabel('Search').inputValue()).toBe('wanda');
    expect(pageErrors).toEqual([]);
  });

  it('Activate & Invite emails a temporary password that must be changed at first sign-in', async () => {
    await page.getByRole('button', { name: 'Activate & Invite Wanda Worker' }).click();
    const dialog = page.getByRole('dialog', { name: 'Activate & Invite Wanda Worker?' });
    expect(await dialog.textContent()).toContain('they must choose a new one at first login');
    await screenshot(page, '92-activate-invite');
    await dialog.getByRole('button', { name: 'Activate & Invite' }).click();
    await page.getByText(`Wanda Worker was emailed a temporary password at ${WORKER_EMAIL}.`).waitFor();

    // The mail is in the development outbox, reached from the user menu as the users e2e does.
    await page.getByRole('button', { name: /Alex Morgan/ }).click();
    await page.getByRole('menuitem', { name: 'Dev outbox' }).click();
    await page.waitForURL('**/dev/outbox');
    const first = page.getByRole('list', { name: 'Messages' }).getByRole('button').first();
    await first.waitFor();
    expect(await first.textContent()).toContain(WORKER_EMAIL);
    const text = (await page.getByTestId('outbox-text').textContent()) ?? '';
    const temporary = /Temporary password:\s*(\S+)/.exec(text)?.[1] ?? '';
    expect(temporary.length).toBeGreaterThanOrEqual(8);

    const { plannerUsers } = await asAdmin<{ plannerUsers: { edges: Array<{ node: { id: string; username: string; inviteStatus: string } }> } }>(
      '{ plannerUsers(filter: { search: "wanda" }) { edges { node { id username inviteStatus } } } }',
    );
    const wanda = plannerUsers.edges[0]?.node;
    expect(wanda?.inviteStatus).toBe('INVITED');
    workerId = wanda?.id ?? '';
    worker = await firstSignIn(wanda?.username ?? '', temporary, WORKER_PASSWORD);
    expect(pageErrors).toEqual([]);
  });

  it('opens the worker profile from the list and edits details, compensation, skills, certifications, hours and restrictions', async () => {
    await page.goto('/planner/users?q=wanda');
    // The whole row opens the profile, not only the name: click the affiliation cell, as a person would.
    const cell = await page.getByRole('row', { name: /Wanda Worker/ }).getByRole('cell', { name: 'External', exact: true }).boundingBox();
    if (!cell) throw new Error('The affiliation cell is not on screen');
    await page.mouse.click(cell.x + cell.width / 2, cell.y + cell.height / 2);
    await page.waitForURL(`**/planner/users/${workerId}`);
    await page.getByRole('heading', { name: 'Wanda Worker', level: 1 }).waitFor();
    expect(await page.locator('.page__header').textContent()).toContain('Active');

    const details = page.getByRole('form', { name: 'Worker details' });
    await details.getByLabel('Phone', { exact: true }).fill('+44 20 7946 0000');
    await details.getByLabel('Address').fill('1 Quay Street, Bristol');
    await details.getByLabel('Emergency contact name').fill('Walter Worker');
    await details.getByRole('button', { name: 'Save details' }).click();
    await saved().waitFor();
    expect(await page.getByTestId('details-updated').textContent()).toMatch(/^Last updated .+ by .+\.$/);
    await screenshot(page, '93-worker-details');
    await expectAccessible('Worker details');

    await tab('Compensation').click();
    const compensation = page.getByRole('form', { name: 'Compensation' });
    await compensation.getByLabel('Rate').fill('18.505');
    await compensation.getByRole('button', { name: 'Save compensation' }).click();
    expect(await compensation.locator('.field__error').first().textContent()).toBe('Enter an amount like 18.50');
    await compensation.getByLabel('Rate').fill('18.50');
    await compensation.getByRole('button', { name: 'Save compensation' }).click();
    await saved().waitFor();

    await tab('Skills').click();
    await page.getByRole('form', { name: 'Add a skill to the catalogue' }).getByLabel('New skill name').fill('Reach truck');
    await page.getByRole('button', { name: 'Create skill' }).click();
    const assign = page.getByRole('form', { name: 'Assign a skill' });
    await page.waitForFunction(() => [...document.querySelectorAll('select')].some((select) => select.selectedOptions[0]?.textContent === 'Reach truck'));
    await assign.getByLabel('Level').selectOption('4');
    await assign.getByRole('button', { name: 'Assign skill' }).click();
    const level = page.getByLabel('Level of Reach truck');
    await level.waitFor();
    expect(await level.inputValue()).toBe('4');
    await level.selectOption('5');
    const levelOf = async () =>
      (await asAdmin<{ workerProfile: { skills: Array<{ level: number }> } }>('query($id: ID!) { workerProfile(userId: $id) { skills { level } } }', { id: workerId }))
        .workerProfile.skills[0]?.level;
    await expect.poll(levelOf).toBe(5);
    // The worker rates themself in the portal; the scheduler sees it beside the level.
    const skills = await asWorker<{ mySkills: Array<{ skill: { id: string } }> }>('{ mySkills { skill { id } } }');
    await asWorker('mutation($id: ID!) { rateMySkill(skillId: $id, rating: 3) { selfRating } }', { id: skills.mySkills[0]?.skill.id });
    await page.reload();
    await page.getByRole('table', { name: 'Skills' }).getByText('3 of 5').waitFor();
    await screenshot(page, '94-worker-skills');
    await expectAccessible('Worker skills');

    await tab('Certifications').click();
    const certification = page.getByRole('form', { name: 'Assign a certification' });
    await certification.getByLabel('Certification').fill('First aid');
    await certification.getByLabel('Expires on').fill(dayFromNow(365));
    await certification.getByRole('button', { name: 'Assign certification' }).click();
    const card = page.getByRole('article', { name: 'Certification First aid' });
    await card.waitFor();
    expect(await card.textContent()).toContain('Awaiting proof');

    await tab('Working hours').click();
    const hours = page.getByRole('form', { name: 'Working hours' });
    await hours.getByLabel('Contracted hours per week').fill('24');
    await hours.getByLabel('Maximum hours per week').fill('32');
    await hours.getByRole('checkbox', { name: 'Monday' }).check();
    await hours.getByLabel('Monday end').fill('08:00');
    await hours.getByRole('button', { name: 'Save working hours' }).click();
    await hours.getByText('The end must be after the start').waitFor();
    await hours.getByLabel('Monday end').fill('15:00');
    await hours.getByRole('button', { name: 'Save working hours' }).click();
    await saved().waitFor();
    await screenshot(page, '95-worker-hours');
    await expectAccessible('Working hours');

    await tab('Restrictions').click();
    await page.getByLabel('New restriction').fill('No night shifts');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByRole('button', { name: 'Save restrictions' }).click();
    await saved().waitFor();
    const profile = await asAdmin<{ workerProfile: { restrictions: string[]; workingHours: { days: Array<{ weekday: number; start: string; end: string }> } } }>(
      'query($id: ID!) { workerProfile(userId: $id) { restrictions workingHours { days { weekday start end } } } }',
      { id: workerId },
    );
    expect(profile.workerProfile.restrictions).toEqual(['No night shifts']);
    expect(profile.workerProfile.workingHours.days).toEqual([{ weekday: 1, start: '09:00', end: '15:00' }]);
    expect(pageErrors).toEqual([]);
  });

  let shortShiftId = '';
  let shortShiftEndsAt = 0;

  it('creates a shift, offers it, and shows the API refusing a worker without the required skill', async () => {
    // A short shift the worker accepts now and reports on later in this file, once it has ended.
    const startsAt = new Date(Date.now() + 12_000);
    const short = await asAdmin<{ createShift: { id: string } }>('mutation($input: CreateShiftInput!) { createShift(input: $input) { id } }', {
      input: { title: 'Quick cover', startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 3_000).toISOString(), location: 'Gate 2', headcount: 1 },
    });
    shortShiftId = short.createShift.id;
    shortShiftEndsAt = startsAt.getTime() + 3_000;
    const offered = await asAdmin<{ offerShift: { offers: Array<{ id: string }> } }>(
      'mutation($s: ID!, $u: [ID!]!) { offerShift(shiftId: $s, userIds: $u) { offers { id } } }',
      { s: shortShiftId, u: [workerId] },
    );
    await asWorker('mutation($id: ID!) { acceptShiftOffer(offerId: $id) { status } }', { id: offered.offerShift.offers[0]?.id });

    await page.goto('/planner/shifts');
    await page.getByRole('table', { name: 'Shifts' }).waitFor();
    await page.getByRole('button', { name: '+ New shift' }).click();
    const dialog = page.getByRole('dialog', { name: 'New shift' });
    const tomorrow = dayFromNow(1);
    await dialog.getByLabel('Title').fill('Dock loading');
    await dialog.getByLabel('Location').fill('Dock 4');
    await dialog.getByLabel('Start').fill(`${tomorrow}T09:00`);
    await dialog.getByLabel('End').fill(`${tomorrow}T08:00`);
    await dialog.getByLabel('Required skill').selectOption({ label: 'Reach truck' });
    await dialog.getByLabel('Headcount').fill('2');
    await dialog.getByRole('button', { name: 'Create shift' }).click();
    await dialog.getByText('The end must be after the start').waitFor();
    await screenshot(page, '96-create-shift');
    await expectAccessible('New shift');
    await dialog.getByLabel('End').fill(`${tomorrow}T17:00`);
    await dialog.getByRole('button', { name: 'Create shift' }).click();
    await page.waitForURL(/\/planner\/shifts\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: 'Dock loading', level: 1 }).waitFor();

    const picker = page.getByRole('region', { name: 'Offer to workers' });
    await picker.getByLabel('Find planner users').fill('wanda');
    await picker.getByRole('checkbox', { name: /Wanda Worker/ }).check();
    await picker.getByRole('button', { name: 'Offer shift' }).click();
    const offers = page.getByRole('table', { name: 'Offers' });
    await offers.getByRole('row', { name: /Wanda Worker/ }).getByText('Offered').waitFor();

    // Another planner user without the Reach truck skill: the API refuses and says who and why.
    const { plannerUsers } = await asAdmin<{ plannerUsers: { edges: Array<{ node: { id: string; displayName: string } }> } }>(
      '{ plannerUsers(first: 5, filter: { inviteStatus: ACTIVE, affiliation: INTERNAL }) { edges { node { id displayName } } } }',
    );
    const other = plannerUsers.edges[0]?.node;
    if (!other) throw new Error('The demo tenant has no active internal planner user');
    await picker.getByLabel('Find planner users').fill(other.displayName);
    await picker.getByRole('checkbox', { name: new RegExp(other.displayName) }).check();
    await picker.getByRole('button', { name: 'Offer shift' }).click();
    const refusal = picker.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain(other.displayName);
    expect(await refusal.textContent()).toMatch(/skill|Reach truck/i);
    await screenshot(page, '97-shift-offers');
    await expectAccessible('Shift detail');

    await page.goto('/planner/shifts');
    const row = page.getByRole('row', { name: /Dock loading/ });
    expect(await row.textContent()).toContain('0 / 2');
    expect(await row.textContent()).toContain('Reach truck');
    await screenshot(page, '98-shifts');
    await expectAccessible('Shifts');
    expect(pageErrors).toEqual([]);
  });

  it('approves a certification proof and a time-off request, which blocks those days', async () => {
    const { myCertifications } = await asWorker<{ myCertifications: Array<{ id: string }> }>('{ myCertifications { id } }');
    await asWorker('mutation($input: CertificationProofInput!) { uploadCertificationProof(input: $input) { status } }', {
      input: { certificationId: myCertifications[0]?.id, fileName: 'first-aid.pdf', contentType: 'application/pdf', contentBase64: PDF_BASE64 },
    });
    const [start, end] = [dayFromNow(20), dayFromNow(21)];
    await asWorker('mutation($input: TimeOffInput!) { requestTimeOff(input: $input) { id } }', { input: { startDate: start, endDate: end, reason: 'Family visit' } });

    await page.goto('/');
    await nav().getByRole('link', { name: 'Approvals' }).click();
    const card = page.getByRole('article', { name: 'Certification First aid' });
    await card.waitFor();
    expect(await card.textContent()).toContain('Pending review');
    expect(await card.getByRole('link', { name: 'first-aid.pdf' }).getAttribute('href')).toBeTruthy();
    const timeOff = page.getByRole('row', { name: /Wanda Worker/ });
    expect(await timeOff.textContent()).toContain('Family visit');
    await screenshot(page, '99-approvals');
    await expectAccessible('Approvals');

    await card.getByRole('button', { name: 'Approve First aid of Wanda Worker' }).click();
    const approveProof = page.getByRole('dialog', { name: 'Approve First aid?' });
    await approveProof.getByRole('button', { name: 'Approve' }).click();
    await card.waitFor({ state: 'detached' });
    await page.getByText('No proof is waiting for review.').waitFor();

    await timeOff.getByRole('button', { name: 'Approve time off of Wanda Worker' }).click();
    const approveTimeOff = page.getByRole('dialog', { name: 'Approve time off for Wanda Worker?' });
    expect(await approveTimeOff.textContent()).toContain('those days become unavailable');
    await approveTimeOff.getByRole('button', { name: 'Approve' }).click();
    await timeOff.waitFor({ state: 'detached' });

    await page.goto(`/planner/users/${workerId}?tab=certifications`);
    await page.getByRole('article', { name: 'Certification First aid' }).getByText('Valid', { exact: true }).waitFor();
    await tab('Unavailable days').click();
    const days = page.getByRole('table', { name: 'Unavailable days' });
    await days.waitFor();
    expect(await days.getByText('Approved time off').count()).toBe(2);
    await screenshot(page, '100-worker-unavailable-days');
    expect(pageErrors).toEqual([]);
  });

  it('marks an after-shift report reviewed with a note', async () => {
    // The worker reports on the short shift of the offer test once it has ended.
    const wait = shortShiftEndsAt + 1_000 - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const report = await gql(
      server.baseURL,
      'mutation($input: AfterShiftReportInput!) { submitAfterShiftReport(input: $input) { id } }',
      { input: { shiftId: shortShiftId, hoursWorked: 0.5, notes: 'Covered the gate', incidents: 'A pallet fell, nobody hurt' } },
      worker,
    );
    expect(report.errors).toBeUndefined();

    await page.goto('/planner/reports');
    const card = page.getByRole('article', { name: 'Report by Wanda Worker on Quick cover' });
    await card.waitFor();
    expect(await card.textContent()).toContain('A pallet fell, nobody hurt');
    await screenshot(page, '101-after-shift-reports');
    await expectAccessible('After-shift reports');
    await card.getByRole('button', { name: 'Mark reviewed' }).click();
    const dialog = page.getByRole('dialog', { name: 'Mark the report reviewed?' });
    await dialog.getByLabel(/Review note/).fill('Thanks, incident logged');
    await dialog.getByRole('button', { name: 'Mark reviewed' }).click();
    await card.waitFor({ state: 'detached' });
    await page.getByLabel('Show').selectOption('REVIEWED');
    await page.getByText('Thanks, incident logged').waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('hides compensation from a viewer without planner.compensation.read, and offers internal planner users the External Dashboard', async () => {
    const role = await asAdmin<{ createRole: { id: string } }>('mutation { createRole(input: { name: "Planner Reader" }) { id } }');
    await asAdmin('mutation($id: ID!, $keys: [String!]!) { grantRolePermissions(roleId: $id, keys: $keys, withPrerequisites: true) { __typename } }', {
      id: role.createRole.id,
      keys: ['planner.access', 'planner.users.read', 'planner.portal.open'],
    });
    await asAdmin('mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', {
      input: {
        username: 'petra.reader',
        email: 'petra.reader@acme.example',
        firstName: 'Petra',
        lastName: 'Reader',
        roleId: role.createRole.id,
        externalPlannerAccess: true,
        holdInvite: false,
      },
    });
    await firstSignIn('petra.reader', await temporaryPasswordFor('petra.reader@acme.example'), 'Petra#Reads2026');

    const readerContext = await browser.newContext({ baseURL: server.baseURL, viewport: { width: 1280, height: 800 } });
    try {
      await signInContext(readerContext, server.baseURL, { tenant: 'acme', username: 'petra.reader', password: 'Petra#Reads2026' });
      const reader = await readerContext.newPage();
      await reader.goto(`/planner/users/${workerId}`);
      await reader.getByRole('heading', { name: 'Wanda Worker', level: 1 }).waitFor();
      const tabs = await reader.getByRole('tab').allTextContents();
      expect(tabs).toEqual(['Details', 'Skills', 'Certifications', 'Working hours', 'Restrictions', 'Unavailable days']);
      expect(await reader.getByRole('button', { name: 'Save details' }).count()).toBe(0);
      const dashboard = reader.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'External Dashboard' });
      await dashboard.waitFor();
      expect(await dashboard.getAttribute('href')).toBe('/portal');
      await reader.goto('/planner/users');
      await reader.getByRole('table', { name: 'Planner users' }).waitFor();
      expect(await reader.getByRole('button', { name: '+ Add external planner user' }).count()).toBe(0);
      expect(await reader.getByRole('button', { name: /Activate & Invite/ }).count()).toBe(0);
      await screenshot(reader, '102-planner-reader');
      await expectAccessible('Planner Users (read only)', reader);
    } finally {
      await readerContext.close();
    }
    expect(pageErrors).toEqual([]);
  });
});
