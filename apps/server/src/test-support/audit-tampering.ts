import type { DataSource, EntityManager } from 'typeorm';
import { recordAudit } from '../modules/audit/audit.service.js';
import { chainHash, GENESIS_HASH } from '../modules/audit/chain/verify-chain.js';
import { createTenant } from './fixtures.js';

/** A tenant with `entries` audited changes, each in its own transaction, as the application writes them. */
export async function tenantWithHistory(dataSource: DataSource, entries: number): Promise<{ id: string; slug: string }> {
  const tenant = await createTenant(dataSource);
  for (let i = 1; i <= entries; i++) {
    await dataSource.transaction((manager) =>
      recordAudit(
        manager,
        { tenantId: tenant.id, userId: null, superAdminId: null, label: 'Chain Tester', origin: { ip: '127.0.0.1' } },
        { action: 'test.change', targetType: 'tenant', targetId: tenant.id, targetLabel: `change ${i}`, after: { step: i } },
      ),
    );
  }
  return { id: tenant.id, slug: tenant.slug };
}

/** Runs statements as someone with direct database access would: every trigger switched off. */
export function tamper<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  return dataSource.transaction(async (manager) => {
    await manager.query('SET LOCAL session_replication_role = replica');
    return work(manager);
  });
}

export async function entryAt(dataSource: DataSource, chainId: string, position: number): Promise<string> {
  const [row] = (await dataSource.query('SELECT entry_id FROM audit_chain_link WHERE chain_id = $1 AND position = $2', [chainId, position])) as Array<{
    entry_id: string;
  }>;
  if (!row) throw new Error(`no link at ${position}`);
  return row.entry_id;
}

/** Swaps two neighbouring links, as someone hiding the order things happened in would. */
export async function swapLinks(manager: EntityManager, chainId: string, position: number): Promise<void> {
  await manager.query('UPDATE audit_chain_link SET position = -1 WHERE chain_id = $1 AND position = $2', [chainId, position]);
  await manager.query('UPDATE audit_chain_link SET position = $2 WHERE chain_id = $1 AND position = $3', [chainId, position, position + 1]);
  await manager.query('UPDATE audit_chain_link SET position = $2 WHERE chain_id = $1 AND position = -1', [chainId, position + 1]);
}

/** What an intruder who knows the scheme would do after an edit: recompute every hash from the start. */
export async function recomputeChain(manager: EntityManager, chainId: string): Promise<void> {
  const rows = (await manager.query(
    `SELECT link.entry_id, audit_entry_content_hash(entry) AS content FROM audit_chain_link link
       JOIN audit_entry entry ON entry.id = link.entry_id WHERE link.chain_id = $1 ORDER BY link.position`,
    [chainId],
  )) as Array<{ entry_id: string; content: Uint8Array }>;
  let previous = GENESIS_HASH;
  for (const row of rows) {
    const content = Buffer.from(row.content);
    const hash = chainHash(previous, content);
    await manager.query('UPDATE audit_chain_link SET content_hash = $2, previous_hash = $3, hash = $4 WHERE entry_id = $1', [row.entry_id, content, previous, hash]);
    previous = hash;
  }
  await manager.query('UPDATE audit_chain_head SET hash = $2 WHERE chain_id = $1', [chainId, previous]);
}
