import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayLocalDate } from '../../planner/local-date.js';
import { ok } from '../../../test-support/sessions.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';
import { auditActions, portalOrg, worker, type PortalOrg, type SignedInWorker } from './fixtures.js';

const WHOLE_DAYS = 'Availability is whole days: give a date like 2026-12-01 without a time';

describe('portal: My Availability and time off', () => {
  let app: TestApp;
  let org: PortalOrg;
  let wendy: SignedInWorker;

  const call = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}) => app.graphql<T>(query, variables, wendy.token);
  const block = (date: string) => call<{ blockDay: { id: string; date: string; source: string } }>('mutation($date: String!) { blockDay(date: $date) { id date source } }', { date });
  const unblock = (id: string) => call<{ unblockDay: boolean }>('mutation($id: ID!) { unblockDay(id: $id) }', { id });
  const inDays = (days: number) => addDays(todayLocalDate(), days);

  beforeAll(async () => {
    app = await startTestApp();
    org = await portalOrg(app, 'Availability Org');
    wendy = await worker(app, org);
  });
  afterAll(async () => {
    await app.close();
  });

  it('blocks whole days only: a time of day is refused on the date field', async () => {
    for (const date of [`${inDays(3)}T09:00`, '09:00-12:00', `${inDays(3)} 09:00`, `${inDays(3)}T00:00:00Z`]) {
      const refused = await block(date);
      expect(refused.errors?.[0]?.extensions, date).toMatchObject({ code: 'BAD_USER_INPUT', field: 'date' });
      expect(refused.errors?.[0]?.message).toBe(WHOLE_DAYS);
    }
    for (const date of ['next tuesday', '2026-02-30', '2026-1-5']) {
      expect((await block(date)).errors?.[0]?.extensions, date).toMatchObject({ code: 'BAD_USER_INPUT', field: 'date' });
    }
    const [count]: Array<{ n: number }> = await app.database.dataSource.query('SELECT count(*)::int AS n FROM unavailable_day WHERE user_id = $1', [wendy.user.id]);
    expect(count!.n).toBe(0);
  });

  it('refuses past days and a day already blocked; lists from today on; unblocks', async () => {
    expect((await block(inDays(-1))).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'date' });
    const today = ok(await block(inDays(0))).blockDay;
    const later = ok(await block(inDays(10))).blockDay;
    expect(later).toMatchObject({ date: inDays(10), source: 'BLOCKED' });
    expect((await block(inDays(10))).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'DAY_ALREADY_UNAVAILABLE' });
    await app.database.dataSource.query("INSERT INTO unavailable_day (tenant_id, user_id, day, source) VALUES ($1, $2, $3, 'BLOCKED')", [
      org.tenant.id,
      wendy.user.id,
      inDays(-5),
    ]);
    const listed = ok(await call<{ myAvailability: Array<{ date: string }> }>('{ myAvailability { date } }')).myAvailability;
    expect(listed.map((day) => day.date)).toEqual([inDays(0), inDays(10)]);

    expect(ok(await unblock(later.id)).unblockDay).toBe(true);
    expect((await unblock(later.id)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    ok(await unblock(today.id));
    const actions = (await auditActions(app.database.dataSource, org.tenant.id)).map((entry) => entry.action);
    expect(actions.filter((action) => action.startsWith('portal.availability'))).toEqual([
      'portal.availability.block',
      'portal.availability.block',
      'portal.availability.unblock',
      'portal.availability.unblock',
    ]);
  });

  it('requests and cancels time off; approved time off cannot be unblocked by the worker', async () => {
    const request = (input: Record<string, unknown>) =>
      call<{ requestTimeOff: { id: string; status: string; startDate: string; endDate: string; reason: string | null } }>(
        'mutation($input: TimeOffInput!) { requestTimeOff(input: $input) { id status startDate endDate reason } }',
        { input },
      );
    expect((await request({ startDate: `${inDays(20)}T08:00`, endDate: inDays(21) })).errors?.[0]?.extensions).toMatchObject({ field: 'startDate' });
    expect((await request({ startDate: inDays(-2), endDate: inDays(1) })).errors?.[0]?.extensions).toMatchObject({ field: 'startDate' });
    expect((await request({ startDate: inDays(21), endDate: inDays(20) })).errors?.[0]?.extensions).toMatchObject({ field: 'endDate' });
    expect((await request({ startDate: inDays(1), endDate: inDays(367) })).errors?.[0]?.extensions).toMatchObject({ field: 'endDate' });

    const asked = ok(await request({ startDate: inDays(20), endDate: inDays(22), reason: ' Family wedding ' })).requestTimeOff;
    expect(asked).toMatchObject({ status: 'PENDING', startDate: inDays(20), endDate: inDays(22), reason: 'Family wedding' });
    const cancel = (id: string) => call<{ cancelTimeOffRequest: { status: string } }>('mutation($id: ID!) { cancelTimeOffRequest(id: $id) { status } }', { id });
    expect(ok(await cancel(asked.id)).cancelTimeOffRequest.status).toBe('CANCELLED');
    expect((await cancel(asked.id)).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'TIME_OFF_NOT_PENDING' });

    // Approval is the scheduler's: here as the rows it leaves behind.
    const approved = ok(await request({ startDate: inDays(30), endDate: inDays(30) })).requestTimeOff;
    const ds = app.database.dataSource;
    await ds.query("UPDATE time_off_request SET status = 'APPROVED' WHERE id = $1", [approved.id]);
    const [day]: Array<{ id: string }> = await ds.query(
      "INSERT INTO unavailable_day (tenant_id, user_id, day, source, time_off_request_id) VALUES ($1, $2, $3, 'TIME_OFF', $4) RETURNING id",
      [org.tenant.id, wendy.user.id, inDays(30), approved.id],
    );
    const refused = await unblock(day!.id);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'TIME_OFF_DAY' });
    expect(refused.errors?.[0]?.message).toMatch(/approved time off.*scheduler/);
    expect((await cancel(approved.id)).errors?.[0]?.extensions?.reason).toBe('TIME_OFF_NOT_PENDING');
    expect((await block(inDays(30))).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const mine = ok(await call<{ myTimeOffRequests: Array<{ id: string; status: string }> }>('{ myTimeOffRequests { id status } }')).myTimeOffRequests;
    expect(mine).toEqual([
      { id: approved.id, status: 'APPROVED' },
      { id: asked.id, status: 'CANCELLED' },
    ]);
  });
});
