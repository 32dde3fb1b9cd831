import { describe, expect, it } from 'vitest';
import { bitIds, clearBit, emptyBits, hasBit, isEmpty, isSubset, minus, orInto, setBit, wordsFor } from './bitset.js';

describe('bitset', () => {
  it('sizes words for the number of permissions', () => {
    expect(wordsFor(0)).toBe(1);
    expect(wordsFor(32)).toBe(1);
    expect(wordsFor(33)).toBe(2);
    expect(wordsFor(200)).toBe(7);
  });

  it('takes one set from another without touching either, including bit 31', () => {
    const bits = emptyBits(2);
    const removed = emptyBits(2);
    for (const id of [0, 31, 32, 40]) setBit(bits, id);
    for (const id of [31, 40, 50]) setBit(removed, id);
    expect(bitIds(minus(bits, removed))).toEqual([0, 32]);
    expect(bitIds(bits)).toEqual([0, 31, 32, 40]);
    expect(bitIds(removed)).toEqual([31, 40, 50]);
  });

  it('sets, reads and clears bits across word boundaries, including bit 31', () => {
    const bits = emptyBits(3);
    for (const id of [0, 31, 32, 63, 64]) setBit(bits, id);
    expect(bitIds(bits)).toEqual([0, 31, 32, 63, 64]);
    expect(hasBit(bits, 31)).toBe(true);
    expect(hasBit(bits, 30)).toBe(false);
    clearBit(bits, 31);
    expect(hasBit(bits, 31)).toBe(false);
    expect(bitIds(bits)).toEqual([0, 32, 63, 64]);
  });

  it('treats the sign bit (id 31) like any other in subset checks', () => {
    const high = emptyBits(1);
    setBit(high, 31);
    expect(isSubset(high, high)).toBe(true);
    expect(isSubset(high, emptyBits(1))).toBe(false);
  });

  it('unions and compares sets', () => {
    const a = emptyBits(2);
    const b = emptyBits(2);
    setBit(a, 1);
    setBit(b, 40);
    expect(isSubset(a, b)).toBe(false);
    orInto(b, a);
    expect(isSubset(a, b)).toBe(true);
    expect(bitIds(b)).toEqual([1, 40]);
    expect(isEmpty(emptyBits(2))).toBe(true);
    expect(isEmpty(a)).toBe(false);
  });
});
