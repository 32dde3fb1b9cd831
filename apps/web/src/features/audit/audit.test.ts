import { describe, expect, it } from 'vitest';
import { auditDiff } from './audit-diff';

describe('auditDiff', () => {
  it('lists changed scalars and array additions and removals', () => {
    expect(auditDiff({ name: 'Buyer', deletedAt: null }, { name: 'Night Buyer', deletedAt: null })).toEqual([
      { key: 'name', kind: 'value', before: 'Buyer', after: 'Night Buyer' },
    ]);
    expect(
      auditDiff({ permissions: ['a', 'b'] }, { permissions: ['b', 'c', 'd'], granted: ['c', 'd'] }),
    ).toEqual([
      { key: 'permissions', kind: 'list', added: ['c', 'd'], removed: ['a'], unchanged: 1 },
      { key: 'granted', kind: 'list', added: ['c', 'd'], removed: [], unchanged: 0 },
    ]);
    expect(auditDiff(null, { name: 'New' })).toEqual([{ key: 'name', kind: 'value', before: undefined, after: 'New' }]);
  });
});

