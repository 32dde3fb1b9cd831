import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditChain1796610000000 } from '../migrations/1796610000000-audit-chain.js';
import { RetireRestorePermissions1796615000000 } from '../migrations/1796615000000-retire-restore-permissions.js';
import { verifyAuditChain } from '../../modules/audit/chain/verify-audit-chain.js';
import { fixedSigningKeys, newPrivateJwk } from '../../modules/auth/signing-keys.js';
import { migrations } from '../migrations/index.js';
import { schemaDiff } from '../schema-diff.js';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.js';
import { createRole, createTenant, createUser } from '../../test-support/fixtures.js';

describe(`migrations on ${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`, () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.drop();
  });

  it('applies every migration to an empty database', async () => {
    const applied: Array<{ name: string }> = await database.dataSource.query('SELECT name FROM migrations ORDER BY id');
    expect(applied.map((row) => row.name)).toEqual(migrations.map((migration) => migration.name));
  });

  it('leaves nothing for the entities to change (entities and migrations agree)', async () => {
    expect(await schemaDiff(database.dataSource)).toEqual({ up: [], down: [] });
  });

  it('is idempotent: running migrations again applies nothing', async () => {
    expect(await database.dataSource.runMigrations()).toEqual([]);
  });

  it('chains the audit history written before the chain existed, in the order it was written', async () => {
    const applied = async () => ((await database.dataSource.query('SELECT name FROM migrations')) as Array<{ name: string }>).map((row) => row.name);
    while ((await applied()).includes(AuditChain1796610000000.name)) await database.dataSource.undoLastMigration();
    const tenant = await createTenant(database.dataSource);
    for (const action of ['before.one', 'before.two', 'before.three']) {
      await database.dataSource.query(`INSERT INTO audit_entry (tenant_id, actor_label, action, target_type) VALUES ($1, 'system', $2, 'tenant')`, [tenant.id, action]);
    }
    await database.dataSource.runMigrations();

    const links: Array<{ action: string; position: string }> = await database.dataSource.query(
      'SELECT entry.action, link.position::text FROM audit_chain_link link JOIN audit_entry entry ON entry.id = link.entry_id WHERE link.chain_id = $1 ORDER BY link.position',
      [tenant.id],
    );
    expect(links).toEqual([
      { action: 'before.one', position: '1' },
      { action: 'before.two', position: '2' },
      { action: 'before.three', position: '3' },
    ]);
    const report = await verifyAuditChain(database.dataSource.manager, await fixedSigningKeys([await newPrivateJwk()]), tenant.id);
    expect(report).toMatchObject({ entries: 3n, problems: [] });
  });

  it('drops stored grants of the retired restore permissions and keeps the others', async () => {
    const applied = async () => ((await database.dataSource.query('SELECT name FROM migrations')) as Array<{ name: string }>).map((row) => row.name);
    // Tenant and user are written through today's entities, so before the schema goes back in time.
    const tenant = await createTenant(database.dataSource);
    const user = await createUser(database.dataSource, tenant.id, (await createRole(database.dataSource, tenant.id, [])).id);
    while ((await applied()).includes(RetireRestorePermissions1796615000000.name)) await database.dataSource.undoLastMigration();
    const role = await createRole(database.dataSource, tenant.id, ['users.read', 'users.restore', 'roles.restore']);
    await database.dataSource.query(
      `INSERT INTO user_permission (user_id, tenant_id, permission_key) VALUES ($1, $2, 'users.restore'), ($1, $2, 'roles.read')`,
      [user.id, tenant.id],
    );
    await database.dataSource.runMigrations();

    const rolePermissions: Array<{ permission_key: string }> = await database.dataSource.query(
      'SELECT permission_key FROM role_permission WHERE role_id = $1 ORDER BY permission_key',
      [role.id],
    );
    const userPermissions: Array<{ permission_key: string }> = await database.dataSource.query(
      'SELECT permission_key FROM user_permission WHERE user_id = $1 ORDER BY permission_key',
      [user.id],
    );
    expect(rolePermissions.map((row) => row.permission_key)).toEqual(['users.read']);
    expect(userPermissions.map((row) => row.permission_key)).toEqual(['roles.read']);
  });

  it('reverts every migration and applies them again', async () => {
    for (let i = 0; i < migrations.length; i++) await database.dataSource.undoLastMigration();
    const tables: Array<{ table_name: string }> = await database.dataSource.query(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'",
    );
    expect(tables).toEqual([]);
    expect(await database.dataSource.runMigrations()).toHaveLength(migrations.length);
    expect(await schemaDiff(database.dataSource)).toEqual({ up: [], down: [] });
  });

  it('refuses UPDATE and DELETE on audit entries', async () => {
    const tenant = await createTenant(database.dataSource);
    const [entry]: Array<{ id: string }> = await database.dataSource.query(
      `INSERT INTO audit_entry (tenant_id, actor_label, action, target_type) VALUES ($1, 'system', 'test.action', 'tenant') RETURNING id`,
      [tenant.id],
    );
    await expect(database.dataSource.query(`UPDATE audit_entry SET action = 'changed' WHERE id = $1`, [entry!.id])).rejects.toThrow(/append-only/);
    await expect(database.dataSource.query(`DELETE FROM audit_entry WHERE id = $1`, [entry!.id])).rejects.toThrow(/append-only/);
    const [row]: Array<{ action: string }> = await database.dataSource.query('SELECT action FROM audit_entry WHERE id = $1', [entry!.id]);
    expect(row?.action).toBe('test.action');
  });
});
