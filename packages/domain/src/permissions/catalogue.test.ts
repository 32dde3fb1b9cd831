import { describe, expect, it } from 'vitest';
import { bitIds } from './bitset.js';
import { CATALOGUE } from './reference.js';

describe('Catalogue', () => {
  it('ignores stored keys it no longer knows', () => {
    const bits = CATALOGUE.bitsOf(['users.read', 'legacy.permission']);
    expect(CATALOGUE.keysOf(bits)).toEqual(['users.read']);
    expect(CATALOGUE.idOf('legacy.permission')).toBeUndefined();
  });

  it('throws on an unknown key where code names it', () => {
    // @ts-expect-error the compiler already refuses it; the runtime check guards casts
    expect(() => CATALOGUE.id('users.raed')).toThrow('Unknown permission "users.raed"');
  });

  it('keeps a granted permission active only with all its transitive prerequisites', () => {
    const granted = CATALOGUE.bitsOf(['purchasing.orders.read', 'purchasing.orders.approve']);
    expect(bitIds(CATALOGUE.activeBits(granted))).toEqual([]);
    const approve = CATALOGUE.id('purchasing.orders.approve');
    expect(CATALOGUE.missingFor(approve, granted)).toEqual(['purchasing.access']);

    const full = CATALOGUE.bitsOf(['purchasing.access', 'purchasing.orders.read', 'purchasing.orders.approve']);
    expect(CATALOGUE.keysOf(CATALOGUE.activeBits(full))).toEqual([
      'purchasing.access',
      'purchasing.orders.read',
      'purchasing.orders.approve',
    ]);
  });

  it('reads cross-module prerequisites', () => {
    expect(CATALOGUE.prerequisitesOf('users.roles.assign')).toEqual([
      'users.access',
      'users.read',
      'users.update',
      'roles.access',
      'roles.read',
    ]);
  });
});
