import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { openDatabase } from '../../db/data-source.js';
import { loadConfig } from '../../config.js';
import { openSigningKeys } from '../../modules/auth/open-signing-keys.js';
import { loadSecretBox } from '../../modules/secrets/secret-box.js';
import { sealAuditChains } from '../../modules/audit/chain/seal-audit-chains.js';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.js';
import { entryAt, recomputeChain, swapLinks, tamper, tenantWithHistory } from '../../test-support/audit-tampering.js';
import { runVerifyAuditCommand } from '../verify-audit-command.js';

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

/**
 * The command an operator runs, against a database tampered with directly in SQL: one tenant per
 * kind of tampering, and one left alone.
 */
describe(`verify-audit command on ${onPostgres ? 'PostgreSQL' : 'PGlite'}`, () => {
  let dataDir: string;
  let env: NodeJS.ProcessEnv;
  let testDatabase: TestDatabase | undefined;
  const slugs: Record<'intact' | 'edited' | 'removed' | 'inserted' | 'reordered' | 'rewritten', string> = {} as never;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'access-verify-audit-'));
    let dataSource: DataSource;
    if (onPostgres) {
      testDatabase = await createTestDatabase();
      dataSource = testDatabase.dataSource;
      env = { NODE_ENV: 'test', DATA_DIR: dataDir, DATABASE_URL: (testDatabase.config as { url: string }).url };
    } else {
      // The command opens the database itself, so this one lives on disk, like a real installation's.
      const pgliteDir = path.join(dataDir, 'pglite');
      const template = inject('pgliteTemplate');
      dataSource = await openDatabase({ kind: 'pglite', dataDir: pgliteDir }, { pgliteDump: template ? new Uint8Array(await readFile(template)).buffer : undefined });
      env = { NODE_ENV: 'test', DATA_DIR: dataDir, PGLITE_DIR: pgliteDir };
    }
    // The keys a server on this installation would seal with: stored in the database, sealed with DATA_DIR's secrets key.
    const config = loadConfig(env);
    const keys = await openSigningKeys(dataSource, await loadSecretBox(dataDir, undefined), config, console, { follow: true });
    for (const kind of Object.keys({ intact: 0, edited: 0, removed: 0, inserted: 0, reordered: 0, rewritten: 0 }) as Array<keyof typeof slugs>) {
      const tenant = await tenantWithHistory(dataSource, 5);
      slugs[kind] = tenant.slug;
      ids[kind] = tenant.id;
    }
    await sealAuditChains(dataSource, keys, new Date());
    await keys.close();

    const edited = await entryAt(dataSource, ids.edited!, 2);
    ids.editedEntry = edited;
    await tamper(dataSource, (manager) => manager.query(`UPDATE audit_entry SET "after" = '{"step": 99}' WHERE id = $1`, [edited]));
    const removed = await entryAt(dataSource, ids.removed!, 3);
    ids.removedEntry = removed;
    await tamper(dataSource, (manager) => manager.query('DELETE FROM audit_entry WHERE id = $1', [removed]));
    await tamper(dataSource, (manager) =>
      manager.query(`INSERT INTO audit_entry (tenant_id, actor_label, action, target_type) VALUES ($1, 'Chain Tester', 'test.backdated', 'tenant')`, [ids.inserted]),
    );
    await tamper(dataSource, (manager) => swapLinks(manager, ids.reordered!, 2));
    const rewritten = await entryAt(dataSource, ids.rewritten!, 1);
    await tamper(dataSource, async (manager) => {
      await manager.query(`UPDATE audit_entry SET actor_label = 'Someone Else' WHERE id = $1`, [rewritten]);
      await recomputeChain(manager, ids.rewritten!);
    });
    if (!onPostgres) await dataSource.destroy();
  });

  afterAll(async () => {
    await testDatabase?.drop();
    await rm(dataDir, { recursive: true, force: true });
  });

  async function run(args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runVerifyAuditCommand(args, env, { out: (line) => out.push(line), err: (line) => err.push(line) });
    return { code, out, err };
  }

  it('finds each kind of tampering and names the first problem of each chain', async () => {
    const { code, out } = await run([]);
    expect(code).toBe(1);
    const lineOf = (kind: keyof typeof slugs) => out.find((line) => line.startsWith(`tenant ${slugs[kind]}:`)) ?? '';
    expect(lineOf('intact')).toMatch(/: 5 entries, 1 seals: intact up to /);
    expect(lineOf('edited')).toContain(`BROKEN, 1 problem(s); first: edited at position 2 (entry ${ids.editedEntry})`);
    expect(lineOf('removed')).toContain(`first: removed at position 3 (entry ${ids.removedEntry})`);
    expect(lineOf('inserted')).toMatch(/first: inserted outside the chain \(entry [0-9a-f-]{36}\)/);
    expect(lineOf('reordered')).toContain('first: reordered at position 2');
    expect(lineOf('rewritten')).toContain('first: rewritten at position 5');
  });

  it('checks one tenant when asked, and exits 0 when its chain holds', async () => {
    const { code, out } = await run(['--tenant', slugs.intact]);
    expect({ code, out: out.length }).toEqual({ code: 0, out: 1 });
    expect((await run(['--tenant', slugs.removed])).code).toBe(1);
  });

  it('refuses an unknown tenant and an unknown option', async () => {
    expect(await run(['--tenant', 'no-such-tenant'])).toMatchObject({ code: 2, err: ['No tenant has the slug "no-such-tenant".'] });
    expect((await run(['--everything'])).code).toBe(2);
  });
});
