import fc from 'fast-check';
import type { DataSource, QueryRunner } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test-support/test-database.js';
import { createRole, createTenant } from '../../../../test-support/fixtures.js';
import { SortDirection, UserFilterInput, UserOrderField } from '../../dto/user-filter.input.js';
import { UserStateEnum } from '../../types/user.type.js';
import { UserList } from '../../queries/list-users.js';
import { TenantUserDirectory } from '../tenant-user-directory.js';
import { UserDirectory } from '../user-directory.js';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.parse('2026-06-15T12:00:00.000Z');
const clock = { now: () => new Date(NOW) };

/** Letters that ILIKE and JavaScript lowercase alike in ASCII, and some they may not (the directory must follow the database). */
const NAME_PARTS = ['Ana', 'anA', 'Marta', 'Omar', 'Éva', 'éva', 'Zoë', 'ÖZ', 'Straße', 'Lee', "O'Neil", '100%', 'a_b', 'x\\y', 'a\u0001b'];
const FRAGMENTS = ['an', 'AN', 'mar', 'ar', 'é', 'É', 'ö', 'ß', 'ss', "'n", '%', '_', '\\', 'a_', 'lee ', ' o', 'ex.test', '@', '\u0001', 'a\u0001'];
const STATES = Object.values(UserStateEnum);

interface UserSpec {
  first: string | null;
  last: string | null;
  role: number;
  state: UserStateEnum;
  /** Days before NOW, fractions included so bounds fall between rows; null for never. */
  lastLoginDaysAgo: number | null;
}

const userSpec = fc.record<UserSpec>({
  first: fc.option(fc.constantFrom(...NAME_PARTS)),
  last: fc.option(fc.constantFrom(...NAME_PARTS)),
  role: fc.integer({ min: 0, max: 2 }),
  state: fc.constantFrom(...STATES),
  lastLoginDaysAgo: fc.option(fc.double({ min: 0, max: 400, noNaN: true })),
});

const filterSpec = fc.record({
  name: fc.option(fc.constantFrom(...FRAGMENTS)),
  email: fc.option(fc.constantFrom(...FRAGMENTS)),
  role: fc.option(fc.integer({ min: 0, max: 2 })),
  states: fc.option(fc.subarray(STATES, { minLength: 1 })),
  loginActivity: fc.option(
    fc.oneof(
      fc.constant({ never: true }),
      fc.record({ withinDays: fc.integer({ min: 1, max: 400 }) }),
      fc.record({ notWithinDays: fc.integer({ min: 1, max: 400 }) }),
    ),
  ),
});

/** Columns of each lifecycle state, as user-state.ts derives them. */
function stateColumns(state: UserStateEnum): { hold: boolean; active: boolean; activated: boolean; deleted: boolean } {
  switch (state) {
    case UserStateEnum.INTRODUCTION:
      return { hold: true, active: true, activated: false, deleted: false };
    case UserStateEnum.RELEASED:
      return { hold: false, active: true, activated: false, deleted: false };
    case UserStateEnum.ACTIVE:
      return { hold: false, active: true, activated: true, deleted: false };
    case UserStateEnum.INACTIVE:
      return { hold: false, active: false, activated: true, deleted: false };
    case UserStateEnum.DELETED:
      return { hold: false, active: true, activated: true, deleted: true };
  }
}

/** The data source, or one connection's query runner inside its own transaction. */
type Sql = Pick<DataSource, 'query'> | Pick<QueryRunner, 'query'>;

async function insertUser(dataSource: Sql, tenantId: string, roleIds: string[], spec: UserSpec, index: number, username = `${(spec.first ?? 'user').toLowerCase()}.${index}`): Promise<string> {
  const columns = stateColumns(spec.state);
  const [row]: Array<{ id: string }> = await dataSource.query(
    `INSERT INTO user_account (tenant_id, username, email, first_name, last_name, role_id, hold_invite, is_active, activated_at, last_login_at, deleted_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
    [
      tenantId,
      username,
      `${username}@${index % 2 ? 'ex.test' : 'other.example'}`.toLowerCase(),
      spec.first,
      spec.last,
      roleIds[spec.role],
      columns.hold,
      columns.active,
      columns.activated ? new Date(NOW - 500 * DAY) : null,
      spec.lastLoginDaysAgo === null ? null : new Date(NOW - spec.lastLoginDaysAgo * DAY),
      columns.deleted ? new Date(NOW - DAY) : null,
    ],
  );
  return row!.id;
}

describe('user directory', () => {
  let database: TestDatabase;
  let directory: UserDirectory;
  let query: UserList;
  /** The list as it counts while a tenant's first read runs: in SQL. */
  let cold: UserList;

  beforeAll(async () => {
    database = await createTestDatabase();
    directory = new UserDirectory(database.dataSource);
    query = new UserList(database.dataSource, directory, clock);
    const neverWarm = { read: async () => null } as unknown as UserDirectory;
    cold = new UserList(database.dataSource, neverWarm, clock);
  });
  afterAll(async () => {
    await database.drop();
  });

  /** Every user the page SQL finds for the filter, page by page: what the count must agree with. */
  async function listAll(tenantId: string, filter: UserFilterInput): Promise<number> {
    let after: string | null = null;
    let found = 0;
    for (;;) {
      const page = await query.list(tenantId, { filter, first: 100, after, seesDeleted: true });
      found += page.edges.length;
      if (!page.pageInfo.hasNextPage) return found;
      after = page.pageInfo.endCursor;
    }
  }

  const totalOf = async (tenantId: string, filter: UserFilterInput = {}) => (await query.list(tenantId, { filter, first: 1, seesDeleted: true })).totalCount;

  it('counts what the page SQL finds, for any users and any filter, through edits and removals', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(userSpec, { minLength: 1, maxLength: 40 }),
        fc.array(filterSpec, { minLength: 1, maxLength: 6 }),
        fc.array(fc.tuple(fc.nat(), userSpec), { maxLength: 8 }),
        fc.array(fc.nat(), { maxLength: 3 }),
        async (users, filters, edits, removals) => {
          const tenant = await createTenant(database.dataSource);
          const roles = await Promise.all([0, 1, 2].map(() => createRole(database.dataSource, tenant.id, [])));
          const roleIds = roles.map((role) => role.id);
          const ids: string[] = [];
          for (const [index, spec] of users.entries()) ids.push(await insertUser(database.dataSource, tenant.id, roleIds, spec, index));
          const check = async () => {
            for (const spec of filters) {
              const filter: UserFilterInput = {
                name: spec.name,
                email: spec.email,
                roleId: spec.role === null ? null : roleIds[spec.role],
                states: spec.states,
                loginActivity: spec.loginActivity,
              };
              const found = await listAll(tenant.id, filter);
              expect(await totalOf(tenant.id, filter)).toBe(found);
              expect((await cold.list(tenant.id, { filter, first: 1, seesDeleted: true })).totalCount).toBe(found);
            }
          };
          await check();
          for (const [target, spec] of edits) {
            const columns = stateColumns(spec.state);
            await database.dataSource.query(
              `UPDATE user_account SET first_name = $2, last_name = $3, role_id = $4, hold_invite = $5, is_active = $6,
                 activated_at = CASE WHEN $7 THEN coalesce(activated_at, $9::timestamptz) END, last_login_at = $8, deleted_at = CASE WHEN $10 THEN $9::timestamptz END
               WHERE id = $1`,
              [ids[target % ids.length], spec.first, spec.last, roleIds[spec.role], columns.hold, columns.active, columns.activated,
                spec.lastLoginDaysAgo === null ? null : new Date(NOW - spec.lastLoginDaysAgo * DAY), new Date(NOW - 2 * DAY), columns.deleted],
            );
          }
          for (const target of removals) await database.dataSource.query('DELETE FROM user_account WHERE id = $1', [ids[target % ids.length]]);
          await check();
        },
      ),
      { numRuns: 25 },
    );
  });

  // PGlite has one connection, so no transaction can be open beside the count there.
  it.runIf(process.env.TEST_DATABASE_URL)('counts a change whose transaction began before the last count and committed after it', async () => {
    const tenant = await createTenant(database.dataSource);
    const role = await createRole(database.dataSource, tenant.id, []);
    const active = (first: string): UserSpec => ({ first, last: null, role: 0, state: UserStateEnum.ACTIVE, lastLoginDaysAgo: null });
    await insertUser(database.dataSource, tenant.id, [role.id], active('Ana'), 0);
    const slow = database.dataSource.createQueryRunner();
    await slow.connect();
    try {
      await slow.startTransaction();
      await insertUser(slow, tenant.id, [role.id], active('Lee'), 1);
      expect(await totalOf(tenant.id)).toBe(1);
      // Committed with a later transaction id than the one still open.
      await insertUser(database.dataSource, tenant.id, [role.id], active('Omar'), 2);
      expect(await totalOf(tenant.id)).toBe(2);
      await slow.commitTransaction();
    } finally {
      await slow.release();
    }
    expect(await totalOf(tenant.id)).toBe(3);
    expect(await totalOf(tenant.id, { name: 'lee' })).toBe(1);
  });

  /** Ids of every page, `first` at a time, in username order. */
  async function pagesOf(list: UserList, tenantId: string, filter: UserFilterInput, direction: SortDirection, first: number): Promise<string[][]> {
    const pages: string[][] = [];
    let after: string | null = null;
    for (;;) {
      const page = await list.list(tenantId, { filter, orderBy: { field: UserOrderField.USERNAME, direction }, first, after, seesDeleted: true });
      pages.push(page.edges.map((edge) => edge.node.id));
      if (!page.pageInfo.hasNextPage) return pages;
      after = page.pageInfo.endCursor;
    }
  }

  it('pages in username order as the SQL walk does, through renames, removals and new rankings', async () => {
    const ranking = new UserDirectory(database.dataSource, 500_000, 300, 0);
    const ranked = new UserList(database.dataSource, ranking, clock);
    // Case and punctuation, which collations order in different ways; the database's is the one that counts.
    const usernameSpec = fc.stringMatching(/^[A-Ca-c0-1][A-Ca-c0-1._@-]{1,3}[A-Ca-c0-1]$/);
    await fc.assert(
      fc.asyncProperty(
        // Unique without case too, as the emails made from them must be; renames bring back names that differ only in case.
        fc.uniqueArray(fc.tuple(usernameSpec, userSpec), { minLength: 1, maxLength: 25, selector: ([username]) => username.toLowerCase() }),
        fc.array(fc.tuple(fc.nat(), usernameSpec), { maxLength: 6 }),
        fc.array(fc.nat(), { maxLength: 3 }),
        // Filters that keep enough users for several pages.
        fc.record({ name: fc.option(fc.constantFrom('a', 'B', '1', '.')), role: fc.option(fc.integer({ min: 0, max: 2 }), { freq: 3 }), states: fc.option(fc.subarray(STATES, { minLength: 3 })) }),
        fc.integer({ min: 1, max: 4 }),
        async (people, renames, removals, spec, first) => {
          const tenant = await createTenant(database.dataSource);
          const roles = await Promise.all([0, 1, 2].map(() => createRole(database.dataSource, tenant.id, [])));
          const roleIds = roles.map((role) => role.id);
          const ids: string[] = [];
          for (const [index, [username, person]] of people.entries()) ids.push(await insertUser(database.dataSource, tenant.id, roleIds, person, index, username));
          const filter: UserFilterInput = { name: spec.name, roleId: spec.role === null ? null : roleIds[spec.role], states: spec.states };
          const check = async () => {
            for (const direction of [SortDirection.ASC, SortDirection.DESC]) {
              expect(await pagesOf(ranked, tenant.id, filter, direction, first)).toEqual(await pagesOf(cold, tenant.id, filter, direction, first));
            }
          };
          await check();
          for (const [target, username] of renames) {
            await database.dataSource.query('UPDATE user_account SET username = $2 WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM user_account WHERE tenant_id = $3 AND username = $2)', [ids[target % ids.length], username, tenant.id]);
          }
          for (const target of removals) await database.dataSource.query('DELETE FROM user_account WHERE id = $1', [ids[target % ids.length]]);
          // Renamed users are unranked: the database sorts them among the candidates.
          await check();
          // Past none of them (here), the directory reads the order again.
          await ranking.rankingSettled(tenant.id);
          await check();
        },
      ),
      { numRuns: 20 },
    );
  });

  it('serves a page in username order from the ranks of its first read, without walking the username index', async () => {
    const tenant = await createTenant(database.dataSource);
    const role = await createRole(database.dataSource, tenant.id, []);
    for (let index = 0; index < 6; index++) {
      await insertUser(database.dataSource, tenant.id, [role.id], { first: index % 2 ? 'Ana' : 'Lee', last: null, role: 0, state: UserStateEnum.ACTIVE, lastLoginDaysAgo: null }, index);
    }
    const list = new UserList(database.dataSource, new UserDirectory(database.dataSource), clock);
    const walks = vi.spyOn(UserList.prototype as unknown as { pageBySortKey: () => unknown }, 'pageBySortKey');
    try {
      const names = async () => (await list.list(tenant.id, { filter: { name: 'ana' }, first: 2, seesDeleted: false })).edges.map((edge) => edge.node.username);
      const before = walks.mock.calls.length;
      expect(await names()).toEqual(['ana.1', 'ana.3']);
      expect(await names()).toEqual(['ana.1', 'ana.3']);
      expect(walks.mock.calls.length).toBe(before);
    } finally {
      walks.mockRestore();
    }
  });

  it('drops every user of a tenant deleted outright', async () => {
    const tenant = await createTenant(database.dataSource);
    const [role] = await Promise.all([createRole(database.dataSource, tenant.id, [])]);
    for (let index = 0; index < 3; index++) {
      await insertUser(database.dataSource, tenant.id, [role!.id], { first: 'Ana', last: null, role: 0, state: UserStateEnum.ACTIVE, lastLoginDaysAgo: null }, index);
    }
    expect(await totalOf(tenant.id)).toBe(3);
    await database.dataSource.query('DELETE FROM tenant WHERE id = $1', [tenant.id]);
    expect(await totalOf(tenant.id)).toBe(0);
  });

  it('reads a tenant again after the memory budget dropped it', async () => {
    const small = new UserList(database.dataSource, new UserDirectory(database.dataSource, 2), clock);
    const tenants = await Promise.all([createTenant(database.dataSource), createTenant(database.dataSource)]);
    for (const tenant of tenants) {
      const role = await createRole(database.dataSource, tenant.id, []);
      for (let index = 0; index < 2; index++) {
        await insertUser(database.dataSource, tenant.id, [role.id], { first: 'Lee', last: null, role: 0, state: UserStateEnum.ACTIVE, lastLoginDaysAgo: 1 }, index);
      }
    }
    const total = async (tenantId: string) => (await small.list(tenantId, { first: 1, seesDeleted: false })).totalCount;
    expect(await total(tenants[0]!.id)).toBe(2);
    expect(await total(tenants[1]!.id)).toBe(2);
    await database.dataSource.query("UPDATE user_account SET deleted_at = now() WHERE tenant_id = $1 AND username = 'lee.0'", [tenants[0]!.id]);
    expect(await total(tenants[0]!.id)).toBe(1);
    expect(await total(tenants[1]!.id)).toBe(2);
  });

  it('answers null rather than wait for a first read longer than it may, and counts once the read is done', async () => {
    const tenant = await createTenant(database.dataSource);
    const role = await createRole(database.dataSource, tenant.id, []);
    for (let index = 0; index < 3; index++) {
      await insertUser(database.dataSource, tenant.id, [role.id], { first: 'Ana', last: null, role: 0, state: UserStateEnum.ACTIVE, lastLoginDaysAgo: null }, index);
    }
    const impatient = new UserDirectory(database.dataSource, 500_000, 0);
    const request = { states: new Set([UserStateEnum.ACTIVE]), roleId: null, name: 'an', email: null, loginActivity: null };
    expect(await impatient.count(tenant.id, request)).toBeNull();
    await expect.poll(() => impatient.count(tenant.id, request), { interval: 10 }).toBe(3);
    const list = new UserList(database.dataSource, new UserDirectory(database.dataSource, 500_000, 0), clock);
    expect((await list.list(tenant.id, { filter: { name: 'an' }, first: 1, seesDeleted: false })).totalCount).toBe(3);
  });

  it('builds the text indexes during the first read, so the first fragment count finds them built', async () => {
    const tenant = await createTenant(database.dataSource);
    const role = await createRole(database.dataSource, tenant.id, []);
    for (let index = 0; index < 3; index++) {
      await insertUser(database.dataSource, tenant.id, [role.id], { first: 'Ana', last: null, role: 0, state: UserStateEnum.ACTIVE, lastLoginDaysAgo: null }, index);
    }
    const fresh = new UserDirectory(database.dataSource);
    const request = { states: new Set([UserStateEnum.ACTIVE]), roleId: null, name: null, email: null, loginActivity: null };
    const indexing = vi.spyOn(TenantUserDirectory.prototype as unknown as { indexChunk: () => unknown }, 'indexChunk');
    try {
      expect(await fresh.count(tenant.id, request)).toBe(3);
      // Other tests' directories may still be reading in the background: only this one's calls count.
      const own = (fresh as unknown as { tenants: Map<string, { directory: TenantUserDirectory }> }).tenants.get(tenant.id)!.directory;
      const ownCalls = () => indexing.mock.contexts.filter((context) => context === own).length;
      // One chunk of names and one of emails.
      expect(ownCalls()).toBe(2);
      expect(await fresh.count(tenant.id, { ...request, name: 'an' })).toBe(3);
      expect(ownCalls()).toBe(2);
    } finally {
      indexing.mockRestore();
    }
  });

  it('issues one statement per count, however many users changed', async () => {
    const tenant = await createTenant(database.dataSource);
    const role = await createRole(database.dataSource, tenant.id, []);
    const fresh = new UserDirectory(database.dataSource);
    const request = { states: new Set([UserStateEnum.ACTIVE]), roleId: null, name: null, email: null, loginActivity: null };
    for (let index = 0; index < 5; index++) {
      await insertUser(database.dataSource, tenant.id, [role.id], { first: 'Ana', last: null, role: 0, state: UserStateEnum.ACTIVE, lastLoginDaysAgo: null }, index);
    }
    let before = database.statements();
    expect(await fresh.count(tenant.id, request)).toBe(5);
    expect(database.statements() - before).toBe(1);
    before = database.statements();
    expect(await fresh.count(tenant.id, request)).toBe(5);
    expect(database.statements() - before).toBe(1);
  });
});
