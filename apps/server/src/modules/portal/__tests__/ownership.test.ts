import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';
import { portalOrg, rowsOfWorker, worker, type SignedInWorker } from './fixtures.js';
import { PORTAL_OPERATIONS, type PortalIds } from './operations.js';

/** Every table a portal id can name, read whole, so "unchanged" means unchanged. */
const TABLES = ['shift_offer', 'after_shift_report', 'unavailable_day', 'time_off_request', 'worker_skill', 'worker_certification', 'certification_proof'];

describe('a worker reaches only their own rows', () => {
  let app: TestApp;
  let wendy: SignedInWorker;
  let othersIds: PortalIds;
  let foreignIds: PortalIds;

  const snapshot = async () => {
    const ds = app.database.dataSource;
    return Promise.all(TABLES.map((table) => ds.query(`SELECT * FROM ${table} ORDER BY 1, 2`)));
  };

  beforeAll(async () => {
    app = await startTestApp();
    const org = await portalOrg(app, 'Own Rows Org');
    wendy = await worker(app, org);
    await rowsOfWorker(app.database.dataSource, org.tenant.id, wendy.user.id);
    const colleague = await worker(app, org, { firstName: 'Carl' });
    othersIds = await rowsOfWorker(app.database.dataSource, org.tenant.id, colleague.user.id);
    const elsewhere = await portalOrg(app, 'Other Tenant');
    const stranger = await worker(app, elsewhere, { firstName: 'Stan' });
    foreignIds = await rowsOfWorker(app.database.dataSource, elsewhere.tenant.id, stranger.user.id);
  });
  afterAll(async () => {
    await app.close();
  });

  const withIds = PORTAL_OPERATIONS.filter((operation) => operation.takesId);

  it('covers every operation that takes an id', () => {
    expect(withIds.map((operation) => operation.name).sort()).toEqual(
      ['acceptShiftOffer', 'cancelTimeOffRequest', 'declineShiftOffer', 'rateMySkill', 'submitAfterShiftReport', 'unblockDay', 'uploadCertificationProof'].sort(),
    );
  });

  it.each([
    ['a colleague in the same tenant', () => othersIds],
    ['a worker of another tenant', () => foreignIds],
  ])('answers NOT_FOUND for the ids of %s and changes nothing', async (_who, ids) => {
    const before = await snapshot();
    for (const operation of withIds) {
      const result = await app.graphql(operation.query, operation.variables!(ids()), wendy.token);
      expect(result.errors?.[0]?.extensions?.code, operation.name).toBe('NOT_FOUND');
    }
    expect(await snapshot()).toEqual(before);
  });

  it('answers NOT_FOUND for ids that are not ids at all', async () => {
    const junk: PortalIds = { offerId: 'x', shiftId: '../1', unavailableDayId: '1', timeOffRequestId: '', skillId: 'null', certificationId: "' OR 1=1 --" };
    for (const operation of withIds) {
      const result = await app.graphql(operation.query, operation.variables!(junk), wendy.token);
      expect(result.errors?.[0]?.extensions?.code, operation.name).toBe('NOT_FOUND');
    }
  });

  it('lists none of a colleague\'s rows', async () => {
    const lists = await app.graphql<Record<string, Array<{ id?: string }>>>(
      '{ myShifts(includePast: true) { id offerId } myPendingReports { id } myAvailability { id } myTimeOffRequests { id } myCertifications { id } mySkills { skill { id } } }',
      {},
      wendy.token,
    );
    const seen = JSON.stringify(lists.data);
    for (const id of Object.values(othersIds)) expect(seen).not.toContain(id);
  });
});
