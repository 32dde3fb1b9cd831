import type { EntityManager } from 'typeorm';
import type { StoredLink } from './verify-chain.js';

/** The chain of the platform's own trail, whose entries have no tenant. */
export const PLATFORM_CHAIN_ID = '00000000-0000-0000-0000-000000000000';

export const chainIdOf = (tenantId: string | null): string => tenantId ?? PLATFORM_CHAIN_ID;

/** PostgreSQL's driver and PGlite's return bytea and bigint differently. */
const bytes = (value: unknown): Buffer => Buffer.from(value as Uint8Array);
const big = (value: unknown): bigint => BigInt(String(value));

export interface ChainHead {
  position: bigint;
  hash: Buffer;
}

export interface StoredSeal {
  id: string;
  position: bigint;
  hash: Buffer;
  sealedAt: Date;
  keyId: string;
  signature: string;
}

export async function readHead(manager: EntityManager, chainId: string): Promise<ChainHead | null> {
  const [row] = (await manager.query('SELECT position, hash FROM audit_chain_head WHERE chain_id = $1', [chainId])) as Array<Record<string, unknown>>;
  return row ? { position: big(row.position), hash: bytes(row.hash) } : null;
}

/** Links after `afterPosition`, with the content hash of each entry as it reads now. */
export async function readLinks(manager: EntityManager, chainId: string, afterPosition: bigint, limit: number): Promise<StoredLink[]> {
  const rows = (await manager.query(
    `SELECT link.position, link.entry_id, link.content_hash, link.previous_hash, link.hash, entry.occurred_at,
            CASE WHEN entry.id IS NULL THEN NULL ELSE audit_entry_content_hash(entry) END AS current_content_hash
       FROM audit_chain_link link LEFT JOIN audit_entry entry ON entry.id = link.entry_id
      WHERE link.chain_id = $1 AND link.position > $2
      ORDER BY link.position LIMIT $3`,
    [chainId, afterPosition.toString(), limit],
  )) as Array<Record<string, unknown>>;
  return rows.map((row) => ({
    position: big(row.position),
    entryId: row.entry_id as string,
    contentHash: bytes(row.content_hash),
    previousHash: bytes(row.previous_hash),
    hash: bytes(row.hash),
    currentContentHash: row.current_content_hash == null ? null : bytes(row.current_content_hash),
    occurredAt: row.occurred_at == null ? null : new Date(row.occurred_at as string | Date),
  }));
}

/** Entries of the chain that never got a link: written with the chain's trigger switched off. */
export async function readUnlinkedEntries(manager: EntityManager, chainId: string): Promise<Array<{ id: string; occurredAt: Date }>> {
  const tenantCondition = chainId === PLATFORM_CHAIN_ID ? 'entry.tenant_id IS NULL' : 'entry.tenant_id = $1';
  const rows = (await manager.query(
    `SELECT entry.id, entry.occurred_at FROM audit_entry entry
      WHERE ${tenantCondition}
        AND NOT EXISTS (SELECT 1 FROM audit_chain_link link WHERE link.entry_id = entry.id)
      ORDER BY entry.sequence`,
    chainId === PLATFORM_CHAIN_ID ? [] : [chainId],
  )) as Array<{ id: string; occurred_at: string | Date }>;
  return rows.map((row) => ({ id: row.id, occurredAt: new Date(row.occurred_at) }));
}

export async function readSeals(manager: EntityManager, chainId: string): Promise<StoredSeal[]> {
  const rows = (await manager.query(
    'SELECT id, position, hash, sealed_at, key_id, signature FROM audit_chain_seal WHERE chain_id = $1 ORDER BY position',
    [chainId],
  )) as Array<Record<string, unknown>>;
  return rows.map(sealFromRow);
}

export async function readLatestSeal(manager: EntityManager, chainId: string): Promise<StoredSeal | null> {
  const [row] = (await manager.query(
    'SELECT id, position, hash, sealed_at, key_id, signature FROM audit_chain_seal WHERE chain_id = $1 ORDER BY position DESC LIMIT 1',
    [chainId],
  )) as Array<Record<string, unknown>>;
  return row ? sealFromRow(row) : null;
}

/** The hash of the link at a position, or null when there is none. */
export async function readLinkHash(manager: EntityManager, chainId: string, position: bigint): Promise<{ hash: Buffer; occurredAt: Date | null } | null> {
  const [row] = (await manager.query(
    `SELECT link.hash, entry.occurred_at FROM audit_chain_link link LEFT JOIN audit_entry entry ON entry.id = link.entry_id
      WHERE link.chain_id = $1 AND link.position = $2`,
    [chainId, position.toString()],
  )) as Array<Record<string, unknown>>;
  return row ? { hash: bytes(row.hash), occurredAt: row.occurred_at == null ? null : new Date(row.occurred_at as string | Date) } : null;
}

/** Every chain that has a head or an entry: a chain whose links were all removed still has entries. */
export async function readChainIds(manager: EntityManager): Promise<string[]> {
  const rows = (await manager.query(
    `SELECT chain_id FROM audit_chain_head
     UNION SELECT coalesce(tenant_id, '${PLATFORM_CHAIN_ID}'::uuid) FROM audit_entry
     ORDER BY 1`,
  )) as Array<{ chain_id: string }>;
  return rows.map((row) => row.chain_id);
}

function sealFromRow(row: Record<string, unknown>): StoredSeal {
  return {
    id: row.id as string,
    position: big(row.position),
    hash: bytes(row.hash),
    sealedAt: new Date(row.sealed_at as string | Date),
    keyId: row.key_id as string,
    signature: row.signature as string,
  };
}
