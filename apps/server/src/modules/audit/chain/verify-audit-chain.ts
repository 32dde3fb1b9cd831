import type { EntityManager } from 'typeorm';
import type { SigningKeys } from '../../auth/signing-keys.js';
import { readHead, readLinks, readSeals, readUnlinkedEntries } from './chain-store.js';
import { checkSeal } from './seal-signature.js';
import { ChainWalk, type ChainProblem } from './verify-chain.js';

export interface ChainReport {
  chainId: string;
  /** Links walked. */
  entries: bigint;
  seals: number;
  /** Seals signed by a key this instance no longer holds: they prove nothing either way. */
  sealsWithUnknownKey: number;
  problems: ChainProblem[];
  lastOccurredAt: Date | null;
}

const BATCH = 5_000;

/** Walks one chain from its first entry: every entry, link, seal and the recorded end. */
export async function verifyAuditChain(manager: EntityManager, keys: SigningKeys, chainId: string): Promise<ChainReport> {
  const seals = await readSeals(manager, chainId);
  const sealsByPosition = new Map(seals.map((seal) => [seal.position, seal]));
  const walk = new ChainWalk();
  let sealsWithUnknownKey = 0;

  for (const seal of seals) {
    const check = await checkSeal(keys, seal.keyId, seal.signature, { chainId, ...seal });
    if (check === 'unknown_key') sealsWithUnknownKey += 1;
    if (check === 'forged') walk.report('rewritten', seal.position, null, `the seal at ${seal.position} does not carry a valid signature`);
  }

  for (;;) {
    const links = await readLinks(manager, chainId, walk.position, BATCH);
    if (links.length === 0) break;
    for (const link of links) {
      walk.add([link]);
      const seal = sealsByPosition.get(link.position);
      if (seal && !seal.hash.equals(link.hash)) {
        walk.report('rewritten', link.position, link.entryId, `the chain no longer ends in the hash sealed on ${seal.sealedAt.toISOString()}: it was recomputed`);
      }
    }
  }

  for (const seal of seals) {
    if (seal.position > walk.position) walk.report('removed', seal.position, null, `the chain ends at ${walk.position}, before its seal at ${seal.position}`);
  }
  const head = await readHead(manager, chainId);
  if (head && (head.position !== walk.position || !head.hash.equals(walk.hash))) {
    walk.report('removed', walk.position + 1n, null, `the chain was written up to ${head.position}; its links end at ${walk.position}`);
  }
  for (const entry of await readUnlinkedEntries(manager, chainId)) {
    walk.report('inserted', null, entry.id, `entry of ${entry.occurredAt.toISOString()} was added outside the chain`);
  }
  return {
    chainId,
    entries: walk.position,
    seals: seals.length,
    sealsWithUnknownKey,
    problems: walk.problems,
    lastOccurredAt: walk.lastOccurredAt,
  };
}
