/**
 * Fixed-size bitsets over integer permission ids. Hot paths (`can`, role closures) use these
 * instead of string sets so that a check is one array read and one mask.
 */
export type Bitset = Uint32Array;

export function wordsFor(size: number): number {
  return Math.max(1, Math.ceil(size / 32));
}

export function emptyBits(words: number): Bitset {
  return new Uint32Array(words);
}

export function setBit(bits: Bitset, id: number): void {
  bits[id >>> 5] = (bits[id >>> 5] ?? 0) | (1 << (id & 31));
}

export function clearBit(bits: Bitset, id: number): void {
  bits[id >>> 5] = (bits[id >>> 5] ?? 0) & ~(1 << (id & 31));
}

export function hasBit(bits: Bitset, id: number): boolean {
  return ((bits[id >>> 5] ?? 0) & (1 << (id & 31))) !== 0;
}

/** dst |= src, in place. */
export function orInto(dst: Bitset, src: Bitset): void {
  for (let i = 0; i < dst.length; i++) dst[i] = (dst[i] ?? 0) | (src[i] ?? 0);
}

/** The bits of `bits` that `removed` does not have, as a new set. */
export function minus(bits: Bitset, removed: Bitset): Bitset {
  const result = emptyBits(bits.length);
  for (let i = 0; i < bits.length; i++) result[i] = (bits[i] ?? 0) & ~(removed[i] ?? 0);
  return result;
}

/** True when every bit of `sub` is also set in `sup`. */
export function isSubset(sub: Bitset, sup: Bitset): boolean {
  for (let i = 0; i < sub.length; i++) {
    // `& ~` rather than comparing `s & sup` with `s`: bitwise results are signed, words are not.
    if (((sub[i] ?? 0) & ~(sup[i] ?? 0)) !== 0) return false;
  }
  return true;
}

export function isEmpty(bits: Bitset): boolean {
  for (let i = 0; i < bits.length; i++) if (bits[i] !== 0) return false;
  return true;
}

/** Ids of the set bits, ascending. */
export function bitIds(bits: Bitset): number[] {
  const ids: number[] = [];
  for (let w = 0; w < bits.length; w++) {
    let word = bits[w] ?? 0;
    while (word !== 0) {
      const low = word & -word;
      ids.push(w * 32 + 31 - Math.clz32(low));
      word ^= low;
    }
  }
  return ids;
}
