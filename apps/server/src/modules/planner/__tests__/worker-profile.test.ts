import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, tenantWithAdmin, type TenantWithAdmin } from '../../../test-support/sessions.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';
import { assignSkill, createSkill, createWorker, dayFromToday, signedInWith } from './fixtures.js';

const PROFILE = `query($id: ID!) { workerProfile(userId: $id) {
  user { id displayName }
  details { firstName lastName phone address emergencyContactName emergencyContactPhone updatedAt updatedBy }
  compensation { payType rate currency }
  skills { skill { name } level selfRating }
  certifications { id name expiresOn status valid expired reviewNote worker { id } proofs { fileName } }
  workingHours { contractedHoursPerWeek maxHoursPerWeek days { weekday start end } }
  restrictions
  unavailableDays { date source }
} }`;

interface Profile {
  user: { id: string; displayName: string };
  details: Record<string, unknown>;
  compensation: { payType: string; rate: string; currency: string } | null;
  skills: Array<{ skill: { name: string }; level: number; selfRating: number | null }>;
  certifications: Array<{ id: string; name: string; expiresOn: string | null; status: string; valid: boolean; expired: boolean; worker: { id: string } }>;
  workingHours: { contractedHoursPerWeek: number | null; maxHoursPerWeek: number | null; days: Array<{ weekday: number; start: string; end: string }> };
  restrictions: string[];
  unavailableDays: Array<{ date: string; source: string }>;
}

describe('worker profile: details, compensation, skills, certifications, working hours, restrictions', () => {
  let app: TestApp;
  let org: TenantWithAdmin;

  const call = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, token = org.token) => app.graphql<T>(query, variables, token);
  const profile = async (id: string, token = org.token) => ok(await call<{ workerProfile: Profile }>(PROFILE, { id }, token)).workerProfile;
  async function auditFor(userId: string, action: string): Promise<Array<{ before: unknown; after: unknown; actor_label: string }>> {
    return app.database.dataSource.query('SELECT before, after, actor_label FROM audit_entry WHERE target_id = $1 AND action = $2 ORDER BY sequence', [userId, action]);
  }

  beforeAll(async () => {
    app = await startTestApp();
    org = await tenantWithAdmin(app, 'Profile Org');
  });
  afterAll(async () => {
    await app.close();
  });

  it('an untouched worker has an empty profile', async () => {
    const worker = await createWorker(app, org, { firstName: 'Emma', lastName: 'Empty' });
    expect(await profile(worker.id)).toEqual({
      user: { id: worker.id, displayName: 'Emma Empty' },
      details: { firstName: 'Emma', lastName: 'Empty', phone: null, address: null, emergencyContactName: null, emergencyContactPhone: null, updatedAt: null, updatedBy: null },
      compensation: null,
      skills: [],
      certifications: [],
      workingHours: { contractedHoursPerWeek: null, maxHoursPerWeek: null, days: [] },
      restrictions: [],
      unavailableDays: [],
    });
  });

  it('updates details: the latest write wins, bumps the version and audits before and after', async () => {
    const worker = await createWorker(app, org, { firstName: 'Dan', lastName: 'Details' });
    const update = (input: Record<string, unknown>) =>
      call<{ updateWorkerDetails: Profile }>('mutation($id: ID!, $input: WorkerDetailsInput!) { updateWorkerDetails(userId: $id, input: $input) { details { firstName lastName phone address emergencyContactName updatedBy updatedAt } } }', {
        id: worker.id,
        input,
      });
    const updated = ok(await update({ firstName: 'Daniel', lastName: 'Details', phone: '+44 1234', address: '1 High Street', emergencyContactName: 'Pat Details', emergencyContactPhone: '+44 999' }))
      .updateWorkerDetails.details;
    expect(updated).toMatchObject({ firstName: 'Daniel', phone: '+44 1234', address: '1 High Street', emergencyContactName: 'Pat Details', updatedBy: 'Ada Admin' });
    expect(updated.updatedAt).toEqual(expect.any(String));
    const again = ok(await update({ firstName: 'Daniel', lastName: 'Details', address: '  ' })).updateWorkerDetails.details;
    expect(again).toMatchObject({ phone: null, address: null, emergencyContactName: null });
    const [version]: Array<{ version: number }> = await app.database.dataSource.query('SELECT version FROM user_account WHERE id = $1', [worker.id]);
    expect(version!.version).toBe(3);
    const audits = await auditFor(worker.id, 'planner.details.update');
    expect(audits).toHaveLength(2);
    expect(audits[0]).toMatchObject({ before: { firstName: 'Dan', address: null }, after: { firstName: 'Daniel', address: '1 High Street' }, actor_label: 'Ada Admin' });
    const empty = await update({ firstName: '', lastName: 'Details' });
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'firstName' });
    const long = await update({ firstName: 'Dan', lastName: 'Details', phone: '1'.repeat(51) });
    expect(long.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'phone' });
    expect(await auditFor(worker.id, 'planner.details.update')).toHaveLength(2);
  });

  it('shows compensation only with planner.compensation.read', async () => {
    const worker = await createWorker(app, org);
    const set = await call<{ setCompensation: Profile }>(
      'mutation($id: ID!) { setCompensation(userId: $id, input: { payType: HOURLY, rate: "18.5", currency: "eur" }) { compensation { payType rate currency } } }',
      { id: worker.id },
    );
    expect(ok(set).setCompensation.compensation).toEqual({ payType: 'HOURLY', rate: '18.50', currency: 'EUR' });
    const withoutPay = await signedInWith(app, org, ['planner.access', 'planner.users.read']);
    const seen = await profile(worker.id, withoutPay);
    expect(seen.compensation).toBeNull();
    expect(seen.user.id).toBe(worker.id);
    const withPay = await signedInWith(app, org, ['planner.access', 'planner.users.read', 'planner.compensation.read']);
    expect((await profile(worker.id, withPay)).compensation).toEqual({ payType: 'HOURLY', rate: '18.50', currency: 'EUR' });

    const badRate = await call('mutation($id: ID!) { setCompensation(userId: $id, input: { payType: DAILY, rate: "12,50", currency: "EUR" }) { user { id } } }', { id: worker.id });
    expect(badRate.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rate' });
    const badCurrency = await call('mutation($id: ID!) { setCompensation(userId: $id, input: { payType: DAILY, rate: "120", currency: "EURO" }) { user { id } } }', { id: worker.id });
    expect(badCurrency.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currency' });
    expect(await auditFor(worker.id, 'planner.compensation.set')).toEqual([
      expect.objectContaining({ before: { compensation: null }, after: { compensation: { payType: 'HOURLY', rate: '18.50', currency: 'EUR' } } }),
    ]);
  });

  it('sets working hours and restrictions, refusing overlaps and impossible times', async () => {
    const worker = await createWorker(app, org);
    const setHours = (input: Record<string, unknown>) =>
      call<{ setWorkingHours: Profile }>('mutation($id: ID!, $input: WorkingHoursInput!) { setWorkingHours(userId: $id, input: $input) { workingHours { contractedHoursPerWeek maxHoursPerWeek days { weekday start end } } } }', {
        id: worker.id,
        input,
      });
    const hours = ok(await setHours({
      contractedHoursPerWeek: 30,
      maxHoursPerWeek: 40,
      days: [
        { weekday: 3, start: '09:00', end: '17:00' },
        { weekday: 1, start: '13:00', end: '17:00' },
        { weekday: 1, start: '08:00', end: '12:00' },
      ],
    })).setWorkingHours.workingHours;
    expect(hours).toEqual({
      contractedHoursPerWeek: 30,
      maxHoursPerWeek: 40,
      days: [
        { weekday: 1, start: '08:00', end: '12:00' },
        { weekday: 1, start: '13:00', end: '17:00' },
        { weekday: 3, start: '09:00', end: '17:00' },
      ],
    });
    const overlap = await setHours({ days: [{ weekday: 2, start: '08:00', end: '12:00' }, { weekday: 2, start: '11:00', end: '15:00' }] });
    expect(overlap.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'days.1.start' });
    expect((await setHours({ days: [{ weekday: 8, start: '08:00', end: '12:00' }] })).errors?.[0]?.extensions?.field).toBe('days.0.weekday');
    expect((await setHours({ days: [{ weekday: 2, start: '12:00', end: '08:00' }] })).errors?.[0]?.extensions?.field).toBe('days.0.end');
    expect((await setHours({ days: [{ weekday: 2, start: '25:00', end: '26:00' }] })).errors?.[0]?.extensions?.field).toBe('days.0.start');
    expect((await setHours({ contractedHoursPerWeek: 40, maxHoursPerWeek: 20, days: [] })).errors?.[0]?.extensions?.field).toBe('maxHoursPerWeek');

    const restrictions = ok(await call<{ setRestrictions: Profile }>('mutation($id: ID!, $r: [String!]!) { setRestrictions(userId: $id, restrictions: $r) { restrictions } }', {
      id: worker.id,
      r: [' No night shifts ', '', 'No night shifts', 'No heavy lifting'],
    })).setRestrictions.restrictions;
    expect(restrictions).toEqual(['No night shifts', 'No heavy lifting']);
    expect((await profile(worker.id)).restrictions).toEqual(['No night shifts', 'No heavy lifting']);
    expect((await auditFor(worker.id, 'planner.restrictions.set'))[0]).toMatchObject({ before: { restrictions: [] }, after: { restrictions: restrictions } });
  });

  it('manages the skill catalogue and worker skills with levels', async () => {
    const worker = await createWorker(app, org);
    const forklift = await createSkill(app, org, 'Forklift');
    const firstAid = await createSkill(app, org, 'First aid');
    const duplicate = await call('mutation { createSkill(name: "FORKLIFT") { id } }');
    expect(duplicate.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name', reason: 'SKILL_EXISTS' });
    expect(ok(await call<{ skills: Array<{ name: string }> }>('{ skills { name } }')).skills.map((skill) => skill.name)).toEqual(['First aid', 'Forklift']);

    await assignSkill(app, org, worker.id, forklift, 2);
    await assignSkill(app, org, worker.id, firstAid, 4);
    await assignSkill(app, org, worker.id, forklift, 5);
    expect((await profile(worker.id)).skills).toEqual([
      { skill: { name: 'First aid' }, level: 4, selfRating: null },
      { skill: { name: 'Forklift' }, level: 5, selfRating: null },
    ]);
    const badLevel = await call('mutation($u: ID!, $s: ID!) { assignSkill(userId: $u, skillId: $s, level: 6) { user { id } } }', { u: worker.id, s: forklift });
    expect(badLevel.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'level' });
    const removed = ok(await call<{ removeSkill: Profile }>('mutation($u: ID!, $s: ID!) { removeSkill(userId: $u, skillId: $s) { skills { skill { name } } } }', { u: worker.id, s: firstAid }));
    expect(removed.removeSkill.skills).toEqual([{ skill: { name: 'Forklift' } }]);
    const notAssigned = await call('mutation($u: ID!, $s: ID!) { removeSkill(userId: $u, skillId: $s) { user { id } } }', { u: worker.id, s: firstAid });
    expect(notAssigned.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await auditFor(worker.id, 'planner.skill.assign')).map((entry) => entry.after)).toEqual([
      { skill: 'Forklift', level: 2 },
      { skill: 'First aid', level: 4 },
      { skill: 'Forklift', level: 5 },
    ]);

    const scheduler = await signedInWith(app, org, ['planner.access', 'planner.users.read', 'planner.users.manage']);
    expect((await call('mutation { createSkill(name: "Welding") { id } }', {}, scheduler)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('a certification is valid only once approved, and not after its expiry', async () => {
    const worker = await createWorker(app, org);
    const assign = (name: string, expiresOn: string | null) =>
      call<{ assignCertification: { id: string; status: string; valid: boolean; expired: boolean; worker: { id: string } } }>(
        'mutation($u: ID!, $n: String!, $e: String) { assignCertification(userId: $u, name: $n, expiresOn: $e) { id status valid expired worker { id } } }',
        { u: worker.id, n: name, e: expiresOn },
      );
    const forklift = ok(await assign('Forklift licence', dayFromToday(30))).assignCertification;
    expect(forklift).toEqual({ id: expect.any(String), status: 'AWAITING_PROOF', valid: false, expired: false, worker: { id: worker.id } });
    expect((await assign('Old', dayFromToday(-1))).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'expiresOn' });
    expect((await assign('Timed', '2030-01-01T09:00')).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'expiresOn' });
    expect((await assign('Impossible', '2030-02-30')).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'expiresOn' });

    // Not yet uploaded: there is nothing to approve.
    const early = await call('mutation($id: ID!) { approveCertification(id: $id) { id } }', { id: forklift.id });
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_PENDING_REVIEW' });

    const ds = app.database.dataSource;
    await ds.query("UPDATE worker_certification SET status = 'PENDING_REVIEW' WHERE id = $1", [forklift.id]);
    expect((await profile(worker.id)).certifications[0]).toMatchObject({ status: 'PENDING_REVIEW', valid: false });
    const approved = ok(await call<{ approveCertification: { status: string; valid: boolean; reviewNote: string | null } }>(
      'mutation($id: ID!) { approveCertification(id: $id, note: "Checked the card") { status valid reviewNote } }',
      { id: forklift.id },
    )).approveCertification;
    expect(approved).toEqual({ status: 'APPROVED', valid: true, reviewNote: 'Checked the card' });

    // The day after its last valid day it no longer counts.
    await ds.query('UPDATE worker_certification SET expires_on = $2 WHERE id = $1', [forklift.id, dayFromToday(-1)]);
    expect((await profile(worker.id)).certifications[0]).toMatchObject({ status: 'APPROVED', valid: false, expired: true });
    await ds.query('UPDATE worker_certification SET expires_on = $2 WHERE id = $1', [forklift.id, dayFromToday(0)]);
    expect((await profile(worker.id)).certifications[0]).toMatchObject({ valid: true, expired: false });

    const removed = ok(await call<{ removeCertification: Profile }>('mutation($id: ID!) { removeCertification(id: $id) { certifications { id } } }', { id: forklift.id }));
    expect(removed.removeCertification.certifications).toEqual([]);
    expect((await auditFor(worker.id, 'planner.certification.remove'))).toHaveLength(1);
  });

  it('keeps tenants apart: ids of another tenant are not found', async () => {
    const worker = await createWorker(app, org);
    const skill = await createSkill(app, org, 'Scaffolding');
    const other = await tenantWithAdmin(app, 'Elsewhere');
    const otherCall = (query: string, variables: Record<string, unknown>) => app.graphql(query, variables, other.token);
    const codes = await Promise.all([
      otherCall(PROFILE, { id: worker.id }),
      otherCall('mutation($id: ID!) { updateWorkerDetails(userId: $id, input: { firstName: "X", lastName: "Y" }) { user { id } } }', { id: worker.id }),
      otherCall('mutation($id: ID!) { setRestrictions(userId: $id, restrictions: ["x"]) { user { id } } }', { id: worker.id }),
      otherCall('mutation($id: ID!) { assignCertification(userId: $id, name: "X") { id } }', { id: worker.id }),
    ]);
    for (const result of codes) expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const otherWorker = await createWorker(app, other);
    const foreignSkill = await app.graphql('mutation($u: ID!, $s: ID!) { assignSkill(userId: $u, skillId: $s, level: 2) { user { id } } }', { u: otherWorker.id, s: skill }, other.token);
    expect(foreignSkill.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await call(PROFILE, { id: 'not-a-uuid' })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const [row]: Array<{ first_name: string }> = await app.database.dataSource.query('SELECT first_name FROM user_account WHERE id = $1', [worker.id]);
    expect(row!.first_name).toBe('Wes');
  });
});
