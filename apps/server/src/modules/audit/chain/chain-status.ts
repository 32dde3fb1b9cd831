import type { DataSource } from 'typeorm';
import type { SigningKeys } from '../../auth/signing-keys.js';
import { chainIdOf, readHead, readLatestSeal, readLinkHash } from './chain-store.js';
import { checkSeal } from './seal-signature.js';

export interface ChainStatus {
  entries: number;
  sealedEntries: number;
  /** When the newest sealed entry was written: everything up to it was verified when sealed. */
  verifiedUpTo: Date | null;
  sealedAt: Date | null;
  /** The latest seal's signature holds and the chain still ends in the sealed hash at its position. */
  sealIntact: boolean | null;
}

/**
 * What the Audit log page says about its chain. Cheap on purpose (one seal, one link): the full
 * walk over every entry is verify-audit's job.
 */
export class AuditChainStatusReader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly keys: SigningKeys,
  ) {}

  async status(tenantId: string | null): Promise<ChainStatus> {
    const manager = this.dataSource.manager;
    const chainId = chainIdOf(tenantId);
    const [head, seal] = await Promise.all([readHead(manager, chainId), readLatestSeal(manager, chainId)]);
    const entries = Number(head?.position ?? 0n);
    if (!seal) return { entries, sealedEntries: 0, verifiedUpTo: null, sealedAt: null, sealIntact: null };
    const [link, signature] = await Promise.all([
      readLinkHash(manager, chainId, seal.position),
      checkSeal(this.keys, seal.keyId, seal.signature, { chainId, ...seal }),
    ]);
    const sealIntact = signature !== 'forged' && link !== null && link.hash.equals(seal.hash);
    return {
      entries,
      sealedEntries: Number(seal.position),
      verifiedUpTo: link?.occurredAt ?? null,
      sealedAt: seal.sealedAt,
      sealIntact,
    };
  }
}
