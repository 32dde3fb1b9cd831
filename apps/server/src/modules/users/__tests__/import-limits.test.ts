import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRole } from '../../../test-support/fixtures.js';
import { tenantWithAdmin, type TenantWithAdmin } from '../../../test-support/sessions.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';
import { MAX_CSV_CHARACTERS } from '../use-cases/import-users.js';

const IMPORT = `mutation($csv: String!) { importUsers(csv: $csv, dryRun: false) { created } }`;
const HEADER = 'username,email,role';
const rows = (count: number) => Array.from({ length: count }, (_, i) => `limit${i},limit${i}@example.test,Warehouse`);

/** Uploads the import refuses as a whole, before any row is looked at: a typed error on `csv`, nobody created. */
describe('users CSV import refuses what it cannot take', () => {
  let app: TestApp;
  let org: TenantWithAdmin;

  const userCount = async () => {
    const [row]: Array<{ count: string }> = await app.database.dataSource.query('SELECT count(*) AS count FROM user_account WHERE tenant_id = $1', [org.tenant.id]);
    return Number(row!.count);
  };

  beforeAll(async () => {
    app = await startTestApp();
    org = await tenantWithAdmin(app, 'CSV Limits Org');
    await createRole(app.database.dataSource, org.tenant.id, [], 'Warehouse');
  });
  afterAll(async () => {
    await app.close();
  });

  it.each([
    ['a file over the size limit', () => [HEADER, ...rows(2)].join('\n').padEnd(MAX_CSV_CHARACTERS + 1, ' '), 'larger than 3 MB'],
    ['more rows than one import takes', () => [HEADER, ...rows(5001)].join('\n'), 'at most 5000'],
    ['a file that is not CSV', () => `${HEADER}\n"never closed,x@example.test,Warehouse`, 'not valid CSV'],
    ['binary content', () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x22, 0x0a, 0x22, 0x22, 0x61]).toString('latin1'), 'not valid CSV'],
    ['a header without rows', () => HEADER, 'no rows'],
    ['a file without the required columns', () => ['username,email', 'kim,kim@example.test'].join('\n'), 'Missing column: role'],
  ])('refuses %s', async (_what, csv, message) => {
    const before = await userCount();
    const result = await app.graphql(IMPORT, { csv: csv() }, org.token);
    expect(result.data).toBeNull();
    expect(result.errors?.[0]).toMatchObject({ message: expect.stringContaining(message), extensions: { code: 'BAD_USER_INPUT', field: 'csv' } });
    expect(await userCount()).toBe(before);
  });
});
