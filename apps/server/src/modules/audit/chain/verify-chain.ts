import { createHash } from 'node:crypto';

export const GENESIS_HASH: Buffer = Buffer.alloc(32);

/** A link as stored, with the content hash of its entry as the entry reads now (null: the entry is gone). */
export interface StoredLink {
  position: bigint;
  entryId: string;
  contentHash: Buffer;
  previousHash: Buffer;
  hash: Buffer;
  currentContentHash: Buffer | null;
  occurredAt: Date | null;
}

export type ChainProblemKind = 'edited' | 'removed' | 'inserted' | 'reordered' | 'rewritten';

export interface ChainProblem {
  kind: ChainProblemKind;
  /** The chain position where the walk noticed it; null for an entry that has no link at all. */
  position: bigint | null;
  entryId: string | null;
  detail: string;
}

export function chainHash(previousHash: Buffer, contentHash: Buffer): Buffer {
  return createHash('sha256').update(previousHash).update(contentHash).digest();
}

/**
 * Walks a chain's links in position order, a batch at a time, and collects what no longer holds.
 * Only hashes are compared here; reading the rows and checking seals is the caller's job.
 */
export class ChainWalk {
  readonly problems: ChainProblem[] = [];
  private expectedPosition: bigint;
  private previousHash: Buffer;
  lastOccurredAt: Date | null = null;

  /** Starts at the chain's beginning, or after a point already verified (a seal). */
  constructor(from: { position: bigint; hash: Buffer } = { position: 0n, hash: GENESIS_HASH }) {
    this.expectedPosition = from.position + 1n;
    this.previousHash = from.hash;
  }

  get position(): bigint {
    return this.expectedPosition - 1n;
  }

  get hash(): Buffer {
    return this.previousHash;
  }

  /** Feeds the next links, in ascending position. */
  add(links: readonly StoredLink[]): void {
    for (const link of links) this.step(link);
  }

  private step(link: StoredLink): void {
    if (link.position !== this.expectedPosition) {
      this.report('removed', this.expectedPosition, null, `links ${this.expectedPosition}..${link.position - 1n} are missing`);
      this.expectedPosition = link.position;
    }
    if (link.currentContentHash === null) {
      this.report('removed', link.position, link.entryId, 'the entry of this link was deleted');
    } else if (!link.currentContentHash.equals(link.contentHash)) {
      this.report('edited', link.position, link.entryId, 'the entry no longer matches the content it was chained with');
    }
    if (!link.previousHash.equals(this.previousHash)) {
      this.report('reordered', link.position, link.entryId, 'this link does not follow the one before it: links were moved or rewritten');
    }
    if (!chainHash(link.previousHash, link.contentHash).equals(link.hash)) {
      this.report('edited', link.position, link.entryId, "the link's own hash was changed");
    }
    this.previousHash = link.hash;
    this.expectedPosition = link.position + 1n;
    if (link.occurredAt) this.lastOccurredAt = link.occurredAt;
  }

  report(kind: ChainProblemKind, position: bigint | null, entryId: string | null, detail: string): void {
    this.problems.push({ kind, position, entryId, detail });
  }
}
