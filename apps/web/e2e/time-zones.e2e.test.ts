import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gqlData, signInContext, type ApiSession } from './support/api';
import { seriousA11yViolations } from './support/axe';
import { screenshot } from './support/browser';
import { startSignedInSuite, type SignedInSuite } from './support/browser-suite';
import type { TestServer } from './support/server';

const ADMIN = { tenant: 'acme', username: 'admin', password: 'Admin#2026demo' };
const WORKER_PASSWORD = 'Tane#Zones2026';
/** 23:30 UTC on Thursday 14 January 2027: 12:30 on Friday the 15th in Auckland, 18:30 on the 14th in New York. */
const LATE_EVENING_UTC = '2027-01-14T23:30:00.000Z';
const EIGHT_HOURS_LATER = '2027-01-15T07:30:00.000Z';

/**
 * The organisation's time zone set in Organisation settings, then seen where times show: the
 * planner's shift list and the shift form (09:00 typed is 09:00 in Auckland, whatever the
 * browser's zone), and a worker's portal, which follows their own zone once they choose one.
 */
describe('time zones in Chromium against the built server', () => {
  let suite: SignedInSuite | undefined;
  let server: TestServer;
  let page: Page;
  let admin: ApiSession;
  let workerContext: BrowserContext | undefined;
  const pageErrors: string[] = [];

  const asAdmin = <T,>(query: string, variables: Record<string, unknown> = {}) => gqlData<T>(server.baseURL, query, variables, admin.accessToken);

  async function expectAccessible(name: string, target: Page = page) {
    expect(await seriousA11yViolations(target), `axe on ${name}`).toEqual([]);
  }

  beforeAll(async () => {
    suite = await startSignedInSuite(ADMIN, { pageErrors });
    ({ server, page, session: admin } = suite);
  }, 150_000);

  afterAll(async () => {
    await workerContext?.close();
    await suite?.close();
  });

  it('sets the organisation time zone in Organisation settings, refusing an unknown one', async () => {
    await page.goto('/settings/organisation');
    const section = page.getByRole('region', { name: 'Time zone' });
    const field = section.getByLabel('Organisation time zone');
    await field.waitFor();
    expect(await field.inputValue()).toBe('UTC');
    await field.fill('Pacific/Atlantis');
    await section.getByRole('button', { name: 'Save time zone' }).click();
    await section.getByText('Choose a time zone from the list').waitFor();
    await expectAccessible('Organisation settings with a refused time zone');

    await field.fill('Pacific/Auckland');
    await section.getByRole('button', { name: 'Save time zone' }).click();
    await section.getByRole('status').filter({ hasText: 'Time zone saved.' }).waitFor();
    await screenshot(page, 'time-zones-01-organisation-settings');
    await expectAccessible('Organisation settings');
    const { tenantSettings } = await asAdmin<{ tenantSettings: { timeZone: string } }>('{ tenantSettings { timeZone } }');
    expect(tenantSettings.timeZone).toBe('Pacific/Auckland');
  });

  it("lists shifts and reads the shift form in the organisation's zone", async () => {
    await asAdmin('mutation($input: CreateShiftInput!) { createShift(input: $input) { id } }', {
      input: { title: 'Zone night cover', startsAt: LATE_EVENING_UTC, endsAt: EIGHT_HOURS_LATER, location: 'Dock 4', requiredSkillId: null, headcount: 1 },
    });
    await page.goto('/planner/shifts');
    const row = page.getByRole('table', { name: 'Shifts' }).getByRole('row', { name: /Zone night cover/ });
    await row.waitFor();
    const when = await row.innerText();
    expect(when).toMatch(/15/);
    expect(when).toMatch(/12:30/);
    expect(when).not.toMatch(/11:30|23:30/);

    await page.getByRole('button', { name: '+ New shift' }).click();
    const dialog = page.getByRole('dialog', { name: 'New shift' });
    await dialog.getByText('In Pacific/Auckland.').first().waitFor();
    await dialog.getByLabel('Title').fill('Zone morning');
    await dialog.getByLabel('Location').fill('Dock 4');
    await dialog.getByLabel('Start').fill('2027-02-01T09:00');
    await dialog.getByLabel('End').fill('2027-02-01T17:00');
    await expectAccessible('New shift in the organisation zone');
    await dialog.getByRole('button', { name: 'Create shift' }).click();
    await page.waitForURL(/\/planner\/shifts\/[0-9a-f-]{36}$/);
    const shiftId = /([0-9a-f-]{36})$/.exec(page.url())?.[1];
    const { shift } = await asAdmin<{ shift: { startsAt: string; endsAt: string } }>('query($id: ID!) { shift(id: $id) { startsAt endsAt } }', { id: shiftId });
    // Auckland is on daylight saving time (+13) in February.
    expect(new Date(shift.startsAt).toISOString()).toBe('2027-01-31T20:00:00.000Z');
    expect(new Date(shift.endsAt).toISOString()).toBe('2027-02-01T04:00:00.000Z');
    await expectAccessible('Shift detail');
  });

  it("shows a worker's shifts in the organisation's zone, then in their own", async () => {
    const { addExternalPlannerUser: worker } = await asAdmin<{ addExternalPlannerUser: { id: string; username: string; email: string } }>(
      'mutation($input: AddExternalPlannerUserInput!) { addExternalPlannerUser(input: $input) { id username email } }',
      { input: { firstName: 'Tane', lastName: 'Zones', email: 'tane.zones@acme.example' } },
    );
    await asAdmin('mutation($id: ID!) { activateAndInvite(userId: $id) { id } }', { id: worker.id });
    const { devOutbox } = await asAdmin<{ devOutbox: Array<{ to: string; text: string }> }>('{ devOutbox(limit: 20) { to text } }');
    const temporary = /Temporary password:\s*(\S+)/.exec(devOutbox.find((mail) => mail.to.includes(worker.email))?.text ?? '')?.[1];
    if (!temporary) throw new Error('No temporary password for the worker');
    const login = await gqlData<{ login: { changeToken?: string } }>(
      server.baseURL,
      'mutation($input: LoginInput!) { login(input: $input) { ... on PasswordChangeRequired { changeToken } } }',
      { input: { tenant: 'acme', username: worker.username, password: temporary } },
    );
    await gqlData(server.baseURL, 'mutation($p: String!) { completePasswordChange(newPassword: $p) { __typename } }', { p: WORKER_PASSWORD }, login.login.changeToken);

    const { shifts } = await asAdmin<{ shifts: Array<{ id: string; title: string }> }>('{ shifts { id title } }');
    const night = shifts.find((shift) => shift.title === 'Zone night cover');
    if (!night) throw new Error('The night shift is not listed');
    await asAdmin('mutation($s: ID!, $u: [ID!]!) { offerShift(shiftId: $s, userIds: $u) { id } }', { s: night.id, u: [worker.id] });

    workerContext = await suite!.newContext({ viewport: { width: 1280, height: 800 } });
    await signInContext(workerContext, server.baseURL, { tenant: 'acme', username: worker.username, password: WORKER_PASSWORD });
    const portal = await workerContext.newPage();
    portal.on('pageerror', (error) => pageErrors.push(error.message));
    await portal.goto('/portal/shifts');
    const offered = portal.getByText(/12:30/).first();
    await offered.waitFor();
    expect(await portal.getByText(/11:30 PM|23:30/).count()).toBe(0);
    await screenshot(portal, 'time-zones-02-portal-auckland');
    await expectAccessible('Portal shifts in Auckland time', portal);

    // The worker chooses their own zone on My Profile.
    await portal.goto('/portal/profile');
    const mine = portal.getByRole('form', { name: 'My time zone' });
    await mine.getByLabel('My time zone').fill('America/New_York');
    await mine.getByRole('button', { name: 'Save time zone' }).click();
    await mine.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await expectAccessible('My Profile with a time zone', portal);
    await portal.goto('/portal/shifts');
    await portal.getByText(/06:30 PM|18:30/).first().waitFor();
    expect(await portal.getByText(/12:30/).count()).toBe(0);
    await expectAccessible('Portal shifts in New York time', portal);

    // The administrator sees the worker's own zone on their user page, and can send them back to the organisation's.
    await page.goto(`/users/${worker.id}`);
    const own = page.getByLabel('Own time zone');
    await own.waitFor();
    expect(await own.inputValue()).toBe('America/New_York');
    await own.fill('');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await page.getByText('Times for this person show in Pacific/Auckland.').waitFor();
    await expectAccessible('User profile with a time zone');
    expect(pageErrors).toEqual([]);
  });
});
