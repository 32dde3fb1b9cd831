import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRole, createUser } from '../../../test-support/fixtures.js';
import { ok, tenantWithAdmin, type TenantWithAdmin } from '../../../test-support/sessions.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';
import { MAX_CSV_CHARACTERS } from '../use-cases/import-users.js';

const IMPORT = `mutation($csv: String!, $dryRun: Boolean!) {
  importUsers(csv: $csv, dryRun: $dryRun) { dryRun created failed rows { line username status errors { field message } } }
}`;
interface ImportResult {
  importUsers: {
    dryRun: boolean;
    created: number;
    failed: number;
    rows: Array<{ line: number; username: string | null; status: string; errors: Array<{ field: string; message: string }> }>;
  };
}

const HEADER = 'username,email,role';
const rows = (count: number) => Array.from({ length: count }, (_, i) => `limit${i},limit${i}@example.test,Warehouse`);

describe('users CSV import and export', () => {
  let app: TestApp;
  let org: TenantWithAdmin;

  const userCount = async () => {
    const [row]: Array<{ count: string }> = await app.database.dataSource.query('SELECT count(*) AS count FROM user_account WHERE tenant_id = $1', [org.tenant.id]);
    return Number(row!.count);
  };

  beforeAll(async () => {
    app = await startTestApp();
    org = await tenantWithAdmin(app, 'CSV Org');
    const role = await createRole(app.database.dataSource, org.tenant.id, [], 'Warehouse');
    await createUser(app.database.dataSource, org.tenant.id, role.id, { username: 'existing', email: 'existing@example.test' });
  });
  afterAll(async () => {
    await app.close();
  });

  it('reports every bad row and writes nothing when any row fails', async () => {
    const csv = [
      'username,email,firstName,lastName,role,origin,holdInvite',
      'kim,kim@example.test,Kim,Lee,Warehouse,internal,true',
      'existing,new@example.test,Ex,Isting,Warehouse,,',
      'x,not-an-email,,,Nope,martian,maybe',
      'kim,KIM@example.test,Kim,Again,warehouse,external,false',
    ].join('\n');
    const before = await userCount();
    const result = ok(await app.graphql<ImportResult>(IMPORT, { csv, dryRun: false }, org.token)).importUsers;
    expect(result).toMatchObject({ dryRun: false, created: 0, failed: 3 });
    expect(result.rows[0]).toMatchObject({ line: 2, username: 'kim', status: 'VALID', errors: [] });
    expect(result.rows[1]!.errors).toEqual([{ field: 'username', message: 'The username "existing" is already taken' }]);
    expect(result.rows[2]!.errors.map((error) => error.field)).toEqual(['username', 'email', 'role', 'origin', 'holdInvite']);
    expect(result.rows[3]!.errors).toEqual([
      { field: 'username', message: 'Repeats line 2' },
      { field: 'email', message: 'Repeats line 2' },
    ]);
    expect(await userCount()).toBe(before);
  });

  it('checks without writing on a dry run, then creates every row with its audit entry', async () => {
    const csv = ['username,email,firstName,lastName,role,origin,portalAccess', 'kim,kim@example.test,Kim,Lee,Warehouse,internal,', 'ola,ola@example.test,Ola,Nordmann,warehouse,external,yes'].join('\n');
    const before = await userCount();
    const dry = ok(await app.graphql<ImportResult>(IMPORT, { csv, dryRun: true }, org.token)).importUsers;
    expect(dry).toMatchObject({ dryRun: true, created: 0, failed: 0 });
    expect(dry.rows.map((row) => row.status)).toEqual(['VALID', 'VALID']);
    expect(await userCount()).toBe(before);

    const done = ok(await app.graphql<ImportResult>(IMPORT, { csv, dryRun: false }, org.token)).importUsers;
    expect(done).toMatchObject({ created: 2, failed: 0 });
    expect(await userCount()).toBe(before + 2);
    const users = ok(await app.graphql<{ users: { edges: Array<{ node: { username: string; state: string; origin: string; portalAccess: boolean } }> } }>(
      '{ users(first: 10, filter: { email: "example.test" }, orderBy: { field: USERNAME }) { edges { node { username state origin portalAccess } } } }',
      {},
      org.token,
    ));
    const imported = users.users.edges.map((edge) => edge.node).filter((user) => ['kim', 'ola'].includes(user.username));
    expect(imported).toEqual([
      { username: 'kim', state: 'INTRODUCTION', origin: 'INTERNAL', portalAccess: false },
      { username: 'ola', state: 'RELEASED', origin: 'EXTERNAL', portalAccess: true },
    ]);
    const [audit]: Array<{ count: string }> = await app.database.dataSource.query(
      "SELECT count(*) AS count FROM audit_entry WHERE tenant_id = $1 AND action IN ('user.create', 'user.import')",
      [org.tenant.id],
    );
    expect(Number(audit!.count)).toBe(3);
  });

  it('exports the filtered users as CSV that imports again', async () => {
    const csv = ok(await app.graphql<{ exportUsers: string }>('{ exportUsers(filter: { name: "kim" }) }', {}, org.token)).exportUsers;
    const records = parse(csv, { columns: true }) as Array<Record<string, string>>;
    expect(records).toEqual([expect.objectContaining({ username: 'kim', email: 'kim@example.test', role: 'Warehouse', state: 'introduction', holdInvite: 'true' })]);
    const renamed = csv.replace(/kim/g, 'kim2');
    const dry = ok(await app.graphql<ImportResult>(IMPORT, { csv: renamed, dryRun: true }, org.token)).importUsers;
    expect(dry.failed).toBe(0);
  });

  it('neutralises spreadsheet formulas in exported cells', async () => {
    const role = await createRole(app.database.dataSource, org.tenant.id, [], 'Formula');
    await createUser(app.database.dataSource, org.tenant.id, role.id, { username: 'formula', firstName: '=HYPERLINK("http://evil")' });
    const csv = ok(await app.graphql<{ exportUsers: string }>('{ exportUsers(filter: { name: "formula" }) }', {}, org.token)).exportUsers;
    const [record] = parse(csv, { columns: true }) as Array<Record<string, string>>;
    expect(record!.firstName).toBe('\'=HYPERLINK("http://evil")');
  });
  /** Uploads the import refuses as a whole, before any row is looked at: a typed error on `csv`, nobody created. */
  it.each([
    ['a file over the size limit', () => [HEADER, ...rows(2)].join('\n').padEnd(MAX_CSV_CHARACTERS + 1, ' '), 'larger than 3 MB'],
    ['more rows than one import takes', () => [HEADER, ...rows(5001)].join('\n'), 'at most 5000'],
    ['a file that is not CSV', () => `${HEADER}\n"never closed,x@example.test,Warehouse`, 'not valid CSV'],
    ['binary content', () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x22, 0x0a, 0x22, 0x22, 0x61]).toString('latin1'), 'not valid CSV'],
    ['a header without rows', () => HEADER, 'no rows'],
    ['a file without the required columns', () => ['username,email', 'kim,kim@example.test'].join('\n'), 'Missing column: role'],
  ])('refuses %s as a whole', async (_what, csv, message) => {
    const before = await userCount();
    const result = await app.graphql(IMPORT, { csv: csv(), dryRun: false }, org.token);
    expect(result.data).toBeNull();
    expect(result.errors?.[0]).toMatchObject({ message: expect.stringContaining(message), extensions: { code: 'BAD_USER_INPUT', field: 'csv' } });
    expect(await userCount()).toBe(before);
  });
});
