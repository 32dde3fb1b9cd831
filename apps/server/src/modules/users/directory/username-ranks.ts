/** The rank of a slot the database has not placed, or whose username changed since it did. */
export const UNRANKED = -1;

/** A username in the database's order, as the ranking statement returns it. */
export interface RankedUsername {
  id: string;
  username: string;
}

/**
 * Where each user of a tenant stands in the database's own username order, as the database last
 * sorted them. JavaScript cannot promise to order strings as PostgreSQL's collation does, so the
 * directory keeps the database's answer: two users whose usernames have not changed since they
 * were ranked compare as their ranks do, whatever the collation. Users created or renamed since
 * are unranked, and a page sorts them in SQL together with the ranked candidates.
 *
 * A ranking is taken in three steps (begin, place each user, finish) so that it can be spread
 * over turns of the event loop; nothing else may change the ranks in between.
 */
export class UsernameRanks {
  /** By slot. */
  private readonly rankOf: number[] = [];
  /** By rank: the slot ranked there, if rankOf still says so (a slot renamed or reused since does not). */
  private slotAt: Int32Array = new Int32Array(0);
  private rankedOnce = false;
  /** Live slots without a rank. */
  readonly unranked = new Set<number>();

  get ranked(): boolean {
    return this.rankedOnce;
  }

  get length(): number {
    return this.slotAt.length;
  }

  rankOfSlot(slot: number): number {
    return this.rankOf[slot] ?? UNRANKED;
  }

  /** The slot at a rank, or UNRANKED when the user there has changed since. */
  slotAtRank(rank: number): number {
    const slot = this.slotAt[rank]!;
    return this.rankOf[slot] === rank ? slot : UNRANKED;
  }

  /** A user new to the slot, or whose username changed; or a slot now free. */
  forget(slot: number, live: boolean): void {
    this.rankOf[slot] = UNRANKED;
    // Before the first ranking every user is unranked: finish() lists them, not a million calls here.
    if (live && this.rankedOnce) this.unranked.add(slot);
    else this.unranked.delete(slot);
  }

  begin(): void {
    this.rankOf.fill(UNRANKED);
  }

  /** Ranks may have gaps: a user the database ranked who is gone here, or renamed since, is skipped. */
  place(slot: number, rank: number): void {
    this.rankOf[slot] = rank;
  }

  finish(liveSlots: Iterable<number>): void {
    let length = 0;
    for (const rank of this.rankOf) if (rank >= length) length = rank + 1;
    const slotAt = new Int32Array(length);
    this.unranked.clear();
    for (const slot of liveSlots) {
      const rank = this.rankOf[slot] ?? UNRANKED;
      if (rank === UNRANKED) this.unranked.add(slot);
      else slotAt[rank] = slot;
    }
    this.slotAt = slotAt;
    this.rankedOnce = true;
  }
}
