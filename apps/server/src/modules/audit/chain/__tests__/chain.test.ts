import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../../../test-support/test-database.js';
import { createTenant } from '../../../../test-support/fixtures.js';
import { fixedSigningKeys, newPrivateJwk, type SigningKeys } from '../../../auth/signing-keys.js';
import { recordAudit } from '../../audit.service.js';
import { readHead, readLinks } from '../chain-store.js';
import { sealAuditChains } from '../seal-audit-chains.js';
import { verifyAuditChain } from '../verify-audit-chain.js';
import { chainHash, GENESIS_HASH } from '../verify-chain.js';
import {
  entryAt as linkedEntryAt,
  recomputeChain,
  swapLinks,
  tamper as tamperWith,
  tenantWithHistory as tenantHistory,
} from '../../../../test-support/audit-tampering.js';

const ENTRIES = 6;

describe(`audit hash chain on ${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`, () => {
  let database: TestDatabase;
  let keys: SigningKeys;

  beforeAll(async () => {
    database = await createTestDatabase();
    keys = await fixedSigningKeys([await newPrivateJwk()]);
  });
  afterAll(async () => {
    await database.drop();
  });

  const tenantWithHistory = async () => (await tenantHistory(database.dataSource, ENTRIES)).id;
  const tamper = <T>(work: (manager: EntityManager) => Promise<T>) => tamperWith(database.dataSource, work);
  const entryAt = (chainId: string, position: number) => linkedEntryAt(database.dataSource, chainId, position);

  it('links every committed entry in order, and none that rolled back', async () => {
    const chainId = await tenantWithHistory();
    await expect(
      database.dataSource.transaction(async (manager) => {
        await recordAudit(manager, { tenantId: chainId, userId: null, superAdminId: null, label: 'x', origin: {} }, {
          action: 'test.rolled_back',
          targetType: 'tenant',
          targetId: chainId,
          targetLabel: null,
        });
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');

    const links = await readLinks(database.dataSource.manager, chainId, 0n, 100);
    expect(links.map((link) => link.position)).toEqual([1n, 2n, 3n, 4n, 5n, 6n]);
    let previous = GENESIS_HASH;
    for (const link of links) {
      expect(link.previousHash).toEqual(previous);
      expect(link.hash).toEqual(chainHash(previous, link.contentHash));
      previous = link.hash;
    }
    expect(await readHead(database.dataSource.manager, chainId)).toEqual({ position: 6n, hash: previous });
    const report = await verifyAuditChain(database.dataSource.manager, keys, chainId);
    expect(report.problems).toEqual([]);
    expect(report.entries).toBe(6n);
  });

  it('gives writers committing at the same moment consecutive positions', async () => {
    const tenant = await createTenant(database.dataSource);
    const writers = 8;
    // Every transaction writes its entry, then all commit together: the links are made at commit.
    let written = 0;
    let releaseAll: () => void = () => {};
    const allWritten = new Promise<void>((resolve) => (releaseAll = resolve));
    await Promise.all(
      Array.from({ length: writers }, (_, i) =>
        database.dataSource.transaction(async (manager) => {
          await recordAudit(manager, { tenantId: tenant.id, userId: null, superAdminId: null, label: 'x', origin: {} }, {
            action: 'test.parallel',
            targetType: 'tenant',
            targetId: tenant.id,
            targetLabel: String(i),
          });
          if (++written === writers || database.kind === 'pglite') releaseAll();
          await allWritten;
        }),
      ),
    );
    const report = await verifyAuditChain(database.dataSource.manager, keys, tenant.id);
    expect(report).toMatchObject({ entries: BigInt(writers), problems: [] });
  });

  it('finds an entry edited in place', async () => {
    const chainId = await tenantWithHistory();
    const edited = await entryAt(chainId, 3);
    await tamper((manager) => manager.query(`UPDATE audit_entry SET action = 'test.innocent' WHERE id = $1`, [edited]));
    const { problems } = await verifyAuditChain(database.dataSource.manager, keys, chainId);
    expect(problems).toEqual([expect.objectContaining({ kind: 'edited', position: 3n, entryId: edited })]);
  });

  it('finds an entry removed from the middle, and the tail removed with its links', async () => {
    const chainId = await tenantWithHistory();
    const removed = await entryAt(chainId, 2);
    await tamper((manager) => manager.query('DELETE FROM audit_entry WHERE id = $1', [removed]));
    expect((await verifyAuditChain(database.dataSource.manager, keys, chainId)).problems).toEqual([
      expect.objectContaining({ kind: 'removed', position: 2n, entryId: removed }),
    ]);

    const last = await entryAt(chainId, ENTRIES);
    await tamper(async (manager) => {
      await manager.query('DELETE FROM audit_chain_link WHERE entry_id = $1', [last]);
      await manager.query('DELETE FROM audit_entry WHERE id = $1', [last]);
    });
    expect((await verifyAuditChain(database.dataSource.manager, keys, chainId)).problems).toContainEqual(
      expect.objectContaining({ kind: 'removed', position: BigInt(ENTRIES) }),
    );
  });

  it('finds an entry inserted outside the chain', async () => {
    const chainId = await tenantWithHistory();
    const [inserted] = (await tamper((manager) =>
      manager.query(
        `INSERT INTO audit_entry (tenant_id, actor_label, action, target_type) VALUES ($1, 'Chain Tester', 'test.backdated', 'tenant') RETURNING id`,
        [chainId],
      ),
    )) as Array<{ id: string }>;
    expect((await verifyAuditChain(database.dataSource.manager, keys, chainId)).problems).toEqual([
      expect.objectContaining({ kind: 'inserted', position: null, entryId: inserted!.id }),
    ]);
  });

  it('finds entries reordered', async () => {
    const chainId = await tenantWithHistory();
    await tamper((manager) => swapLinks(manager, chainId, 4));
    const { problems } = await verifyAuditChain(database.dataSource.manager, keys, chainId);
    expect(problems[0]).toMatchObject({ kind: 'reordered', position: 4n });
    expect(problems.every((problem) => problem.kind === 'reordered')).toBe(true);
  });

  it('seals a verified chain, and the seal finds a chain recomputed after an edit', async () => {
    const chainId = await tenantWithHistory();
    const [outcome] = await sealAuditChains(database.dataSource, keys, new Date('2026-12-06T10:00:00.000Z'), chainId);
    expect(outcome).toEqual({ chainId, sealedPosition: BigInt(ENTRIES), problems: [] });
    expect(await sealAuditChains(database.dataSource, keys, new Date(), chainId)).toEqual([{ chainId, sealedPosition: null, problems: [] }]);

    const edited = await entryAt(chainId, 2);
    await tamper(async (manager) => {
      await manager.query(`UPDATE audit_entry SET target_label = 'nothing happened' WHERE id = $1`, [edited]);
      await recomputeChain(manager, chainId);
    });
    const { problems } = await verifyAuditChain(database.dataSource.manager, keys, chainId);
    expect(problems).toEqual([expect.objectContaining({ kind: 'rewritten', position: BigInt(ENTRIES) })]);
  });

  it('refuses to seal over a broken chain, and finds a forged seal', async () => {
    const chainId = await tenantWithHistory();
    await sealAuditChains(database.dataSource, keys, new Date(), chainId);
    await database.dataSource.transaction((manager) =>
      recordAudit(manager, { tenantId: chainId, userId: null, superAdminId: null, label: 'x', origin: {} }, {
        action: 'test.after_seal',
        targetType: 'tenant',
        targetId: chainId,
        targetLabel: null,
      }),
    );
    const newest = await entryAt(chainId, ENTRIES + 1);
    await tamper((manager) => manager.query(`UPDATE audit_entry SET action = 'test.innocent' WHERE id = $1`, [newest]));
    const [refused] = await sealAuditChains(database.dataSource, keys, new Date(), chainId);
    expect(refused).toMatchObject({ sealedPosition: null, problems: [expect.objectContaining({ kind: 'edited', position: BigInt(ENTRIES + 1) })] });

    const otherKeys = await fixedSigningKeys([await newPrivateJwk()]);
    const forger = await createTenant(database.dataSource);
    await database.dataSource.transaction((manager) =>
      recordAudit(manager, { tenantId: forger.id, userId: null, superAdminId: null, label: 'x', origin: {} }, {
        action: 'test.change',
        targetType: 'tenant',
        targetId: forger.id,
        targetLabel: null,
      }),
    );
    // A seal signed with some other key under our key's id.
    await sealAuditChains(database.dataSource, { ...otherKeys, active: { ...otherKeys.active, kid: keys.active.kid } }, new Date(), forger.id);
    expect((await verifyAuditChain(database.dataSource.manager, keys, forger.id)).problems).toEqual([
      expect.objectContaining({ kind: 'rewritten', position: 1n }),
    ]);
  });
});
