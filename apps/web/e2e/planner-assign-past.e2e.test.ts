import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gqlData, type ApiSession } from './support/api';
import { seriousA11yViolations } from './support/axe';
import { screenshot, signIn } from './support/browser';
import { startSignedInSuite, type SignedInSuite } from './support/browser-suite';
import type { TestServer } from './support/server';

const ADMIN = { tenant: 'acme', username: 'admin', password: 'Admin#2026demo' };
const WORKER_PASSWORD = 'Ivy#Assigned2026';

interface PlannerUser {
  id: string;
  username: string;
  email: string;
}

/**
 * The admin console's planner gaps, in Chromium against the built server: Activate & Invite from a
 * worker's own page, assigning a shift directly (and the refusal the offer rules give), and past
 * shifts both for the scheduler (Planner → Shifts) and for the worker (portal → My Shifts).
 */
describe('planner: invite from the user page, assign directly, past shifts', () => {
  let suite: SignedInSuite | undefined;
  let server: TestServer;
  let page: Page;
  let admin: ApiSession;
  let ivy: PlannerUser;
  let workerContext: BrowserContext | undefined;
  const pageErrors: string[] = [];

  const asAdmin = <T,>(query: string, variables: Record<string, unknown> = {}) => gqlData<T>(server.baseURL, query, variables, admin.accessToken);

  async function expectAccessible(name: string, target: Page = page) {
    expect(await seriousA11yViolations(target), `axe on ${name}`).toEqual([]);
  }

  async function addWorker(firstName: string, lastName: string): Promise<PlannerUser> {
    const { addExternalPlannerUser } = await asAdmin<{ addExternalPlannerUser: PlannerUser }>(
      'mutation($input: AddExternalPlannerUserInput!) { addExternalPlannerUser(input: $input) { id username email } }',
      { input: { firstName, lastName, email: `${firstName}.${lastName}@acme.example`.toLowerCase() } },
    );
    return addExternalPlannerUser;
  }

  async function createShift(title: string, startsAt: Date, endsAt: Date, requiredSkillId: string | null = null): Promise<string> {
    const { createShift: shift } = await asAdmin<{ createShift: { id: string } }>('mutation($input: CreateShiftInput!) { createShift(input: $input) { id } }', {
      input: { title, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), location: 'Dock 7', requiredSkillId, headcount: 1 },
    });
    return shift.id;
  }

  async function mailsTo(email: string): Promise<Array<{ subject: string; text: string }>> {
    const { devOutbox } = await asAdmin<{ devOutbox: Array<{ to: string; subject: string; text: string }> }>('{ devOutbox(limit: 50) { to subject text } }');
    return devOutbox.filter((message) => message.to.includes(email));
  }

  beforeAll(async () => {
    suite = await startSignedInSuite(ADMIN, { pageErrors });
    ({ server, page, session: admin } = suite);
    ivy = await addWorker('Ivy', 'Assigned');
  }, 150_000);

  afterAll(async () => {
    await workerContext?.close();
    await suite?.close();
  });

  it('activates and invites a held worker from her own page', async () => {
    await page.goto(`/planner/users/${ivy.id}`);
    await page.getByRole('heading', { level: 1, name: 'Ivy Assigned' }).waitFor();
    await page.getByRole('button', { name: 'Activate & Invite' }).click();
    const dialog = page.getByRole('dialog', { name: 'Activate & Invite Ivy Assigned?' });
    await dialog.getByText(ivy.email).waitFor();
    await screenshot(page, 'assign-past-01-invite-from-profile');
    await expectAccessible('Activate & Invite dialog on the worker page');
    await dialog.getByRole('button', { name: 'Activate & Invite' }).click();
    await page.getByText(`Ivy Assigned was emailed a temporary password at ${ivy.email}.`).waitFor();
    // Invited now: the action is gone from the page.
    expect(await page.getByRole('button', { name: 'Activate & Invite' }).count()).toBe(0);
    expect((await mailsTo(ivy.email)).some((mail) => /Temporary password:/.test(mail.text))).toBe(true);
    expect(pageErrors).toEqual([]);
  });

  it('assigns a shift directly and shows the refusal the offer rules give', async () => {
    const { createSkill } = await asAdmin<{ createSkill: { id: string } }>('mutation { createSkill(name: "High-bay racking") { id } }');
    const skilled = await createShift('Racking night', new Date(Date.now() + 50 * 3_600_000), new Date(Date.now() + 58 * 3_600_000), createSkill.id);
    await page.goto(`/planner/shifts/${skilled}`);
    await page.getByRole('heading', { level: 1, name: 'Racking night' }).waitFor();
    await page.getByRole('checkbox', { name: /Ivy Assigned/ }).check();
    await page.getByRole('button', { name: 'Assign directly' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'The shift was not assigned' });
    await refusal.getByText(/Ivy Assigned lacks the required skill High-bay racking/).waitFor();

    const open = await createShift('Loading bay cover', new Date(Date.now() + 26 * 3_600_000), new Date(Date.now() + 30 * 3_600_000));
    await page.goto(`/planner/shifts/${open}`);
    await page.getByRole('heading', { level: 1, name: 'Loading bay cover' }).waitFor();
    await page.getByRole('checkbox', { name: /Ivy Assigned/ }).check();
    await page.getByRole('button', { name: 'Assign directly' }).click();
    await page.getByRole('status').filter({ hasText: 'Ivy Assigned is assigned to the shift and was notified.' }).waitFor();
    const offers = page.getByRole('table').filter({ hasText: 'Ivy Assigned' });
    await offers.getByText('Accepted').waitFor();
    await screenshot(page, 'assign-past-02-assigned');
    await expectAccessible('Shift page after assigning');
    expect((await mailsTo(ivy.email)).map((mail) => mail.subject)).toContain('Shift assigned: Loading bay cover');
    expect(pageErrors).toEqual([]);
  });

  it('lists a shift that is over under Past, for the scheduler and for the worker', async () => {
    // Shifts cannot be created in the past: one that ends a few seconds from now.
    const startsAt = new Date(Date.now() + 5_000);
    const endsAt = new Date(startsAt.getTime() + 3_000);
    const shiftId = await createShift('Quick stock check', startsAt, endsAt);
    await asAdmin('mutation($s: ID!, $u: ID!) { assignShift(shiftId: $s, userId: $u) { id } }', { s: shiftId, u: ivy.id });

    await page.goto('/planner/shifts');
    const table = page.getByRole('table', { name: 'Shifts' });
    await table.getByRole('link', { name: 'Quick stock check' }).waitFor();
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, endsAt.getTime() - Date.now() + 1_000)));
    await page.reload();
    await table.getByRole('link', { name: 'Loading bay cover' }).waitFor();
    expect(await table.getByRole('link', { name: 'Quick stock check' }).count()).toBe(0);
    await page.getByLabel('Period').selectOption('past');
    await table.getByRole('link', { name: 'Quick stock check' }).waitFor();
    expect(await table.getByRole('link', { name: 'Loading bay cover' }).count()).toBe(0);
    await screenshot(page, 'assign-past-03-planner-past-shifts');
    await expectAccessible('Planner past shifts');

    // The worker chooses her password (over the API), then signs in to the portal.
    const temporary = /Temporary password:\s*(\S+)/.exec((await mailsTo(ivy.email)).find((mail) => /Temporary password:/.test(mail.text))!.text)![1]!;
    const login = await gqlData<{ login: { changeToken?: string } }>(
      server.baseURL,
      'mutation($input: LoginInput!) { login(input: $input) { ... on PasswordChangeRequired { changeToken } } }',
      { input: { tenant: 'acme', username: ivy.username, password: temporary } },
    );
    await gqlData(server.baseURL, 'mutation($p: String!) { completePasswordChange(newPassword: $p) { __typename } }', { p: WORKER_PASSWORD }, login.login.changeToken);
    workerContext = await suite!.newContext({ viewport: { width: 390, height: 844 } });
    const worker = await workerContext.newPage();
    worker.on('pageerror', (error) => pageErrors.push(`worker: ${error.message}`));
    await worker.goto('/portal/shifts');
    await signIn(worker, { tenant: 'acme', username: ivy.email, password: WORKER_PASSWORD });
    await worker.getByRole('heading', { level: 1, name: 'My Shifts' }).waitFor();

    const accepted = worker.getByRole('region', { name: 'Accepted shifts' });
    await accepted.getByRole('article').filter({ hasText: 'Loading bay cover' }).waitFor();
    expect(await accepted.getByRole('article').filter({ hasText: 'Quick stock check' }).count()).toBe(0);

    await worker.getByRole('radio', { name: 'Past' }).check();
    const past = worker.getByRole('region', { name: 'Past shifts' });
    await past.getByRole('article').filter({ hasText: 'Quick stock check' }).waitFor();
    expect(await past.getByRole('article').filter({ hasText: 'Loading bay cover' }).count()).toBe(0);
    expect(new URL(worker.url()).searchParams.get('view')).toBe('past');
    await screenshot(worker, 'assign-past-04-portal-past-shifts');
    await expectAccessible('Portal past shifts', worker);

    await worker.getByRole('radio', { name: 'Upcoming' }).check();
    await accepted.getByRole('article').filter({ hasText: 'Loading bay cover' }).waitFor();
    expect(pageErrors).toEqual([]);
  });
});
