import { afterAll, describe, expect, it } from 'vitest';
import { embeddedDatabaseOf } from '../../db/embedded-database.js';
import { TenantEntity } from '../../modules/tenants/tenant.entity.js';
import { createTenant } from '../fixtures.js';
import { createTestDatabase, type TestDatabase } from '../test-database.js';

// Test files start their databases from one template; on PGlite every database is handed the same bytes.
describe('test databases', () => {
  const opened: TestDatabase[] = [];
  const open = async () => {
    const database = await createTestDatabase();
    opened.push(database);
    return database;
  };

  afterAll(async () => {
    await Promise.all(opened.map((database) => database.drop()));
  });

  it('start migrated and empty, and never see each other’s writes', async () => {
    const first = await open();
    await createTenant(first.dataSource, 'Written in the first');
    // Checkpointed, so that the write is in the table's own file as well as in the WAL.
    await first.dataSource.query('CHECKPOINT');
    const second = await open();
    await createTenant(second.dataSource, 'Written in the second');
    const third = await open();

    const names = async ({ dataSource }: TestDatabase) => (await dataSource.getRepository(TenantEntity).find()).map((tenant) => tenant.name);
    expect(await names(first)).toEqual(['Written in the first']);
    expect(await names(second)).toEqual(['Written in the second']);
    expect(await names(third)).toEqual([]);
    const [{ applied }] = await third.dataSource.query('SELECT count(*)::int AS applied FROM migrations');
    expect(applied).toBeGreaterThan(20);
  });

  it('come back to the next file as the template made them, or not at all', async () => {
    const names = async ({ dataSource }: TestDatabase) => (await dataSource.getRepository(TenantEntity).find()).map((tenant) => tenant.name);
    // The PGlite thread, or the database on the server.
    const identity = ({ dataSource, config }: TestDatabase) => embeddedDatabaseOf(dataSource) ?? (config.kind === 'postgres' ? config.url : undefined);
    const first = await createTestDatabase();
    const used = identity(first);
    await createTenant(first.dataSource, 'Left behind');
    await first.dataSource.query('LISTEN left_behind');
    await first.drop();

    const next = await createTestDatabase();
    expect(identity(next)).toBe(used);
    expect(await names(next)).toEqual([]);
    expect(await next.dataSource.query('SELECT pg_listening_channels() AS channel')).toEqual([]);
    const [{ applied }] = await next.dataSource.query('SELECT count(*)::int AS applied FROM migrations');
    expect(applied).toBeGreaterThan(20);
    await next.dataSource.query('CREATE TABLE stray (id int)');
    await next.drop();

    const after = await createTestDatabase();
    opened.push(after);
    expect(identity(after)).not.toBe(used);
    expect(await after.dataSource.query("SELECT to_regclass('stray') AS stray")).toEqual([{ stray: null }]);
  });
});
