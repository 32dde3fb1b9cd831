import { describe, expect, it } from 'vitest';
import { toCsv, csvField } from './audit-csv';
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

describe('CSV export', () => {
  it('quotes commas, quotes and line breaks, and defuses formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvField(null)).toBe('');
    expect(csvField({ a: [1, 2] })).toBe('"{""a"":[1,2]}"');
    expect(toCsv(['h1', 'h2'], [['x', 1]])).toBe('h1,h2\r\nx,1\r\n');
  });
});
