import { describe, expect, it } from 'vitest';
import { Catalogue } from './catalogue.js';
import type { ModuleDefinition, PermissionDefinition } from './types.js';
import { CatalogueError, validateCatalogue } from './validate-catalogue.js';

const modules: ModuleDefinition[] = [
  { key: 'shop', name: 'Shop', description: '', group: 'apps', access: 'shop.access' },
];
const perm = (key: string, prerequisites: string[] = [], module = 'shop'): PermissionDefinition => ({
  key,
  name: key,
  description: '',
  module,
  prerequisites,
});
const valid = [perm('shop.access'), perm('shop.read', ['shop.access']), perm('shop.buy', ['shop.read'])];

function problemsOf(mods: ModuleDefinition[], perms: PermissionDefinition[]): CatalogueError['problems'] {
  try {
    validateCatalogue(mods, perms);
  } catch (error) {
    if (error instanceof CatalogueError) return error.problems;
    throw error;
  }
  throw new Error('expected validateCatalogue to throw');
}

describe('validateCatalogue', () => {
  it('accepts a consistent catalogue', () => {
    expect(() => validateCatalogue(modules, valid)).not.toThrow();
  });

  it('rejects an unknown prerequisite, naming both keys', () => {
    const problems = problemsOf(modules, [...valid, perm('shop.refund', ['shop.read', 'shop.sell'])]);
    expect(problems).toEqual([
      expect.objectContaining({ code: 'UNKNOWN_PREREQUISITE', keys: ['shop.refund', 'shop.sell'] }),
    ]);
    expect(problems[0]?.message).toBe('Permission "shop.refund" requires unknown permission "shop.sell"');
  });

  it('rejects a prerequisite cycle and spells it out', () => {
    const problems = problemsOf(modules, [
      perm('shop.access'),
      perm('shop.a', ['shop.access', 'shop.c']),
      perm('shop.b', ['shop.a']),
      perm('shop.c', ['shop.b']),
    ]);
    expect(problems.map((p) => p.code)).toEqual(['PREREQUISITE_CYCLE']);
    expect(problems[0]?.keys).toEqual(['shop.a', 'shop.c', 'shop.b', 'shop.a']);
    expect(problems[0]?.message).toContain('shop.a -> shop.c -> shop.b -> shop.a');
  });

  it('rejects a permission that requires itself', () => {
    const problems = problemsOf(modules, [perm('shop.access'), perm('shop.x', ['shop.x', 'shop.access'])]);
    expect(problems).toEqual([expect.objectContaining({ code: 'PREREQUISITE_CYCLE', keys: ['shop.x', 'shop.x'] })]);
  });

  it("rejects a permission outside its module's access", () => {
    const problems = problemsOf(modules, [...valid, perm('shop.report')]);
    expect(problems).toEqual([
      expect.objectContaining({ code: 'OUTSIDE_MODULE_ACCESS', keys: ['shop.report', 'shop.access'] }),
    ]);
  });

  it('rejects a permission of an unknown module', () => {
    const problems = problemsOf(modules, [...valid, perm('bank.read', ['shop.access'], 'bank')]);
    expect(problems).toEqual([expect.objectContaining({ code: 'UNKNOWN_MODULE', keys: ['bank.read', 'bank'] })]);
  });

  it('rejects duplicate permission and module keys', () => {
    const problems = problemsOf([...modules, ...modules], [...valid, perm('shop.read', ['shop.access'])]);
    expect(problems.map((p) => [p.code, p.keys])).toEqual([
      ['DUPLICATE_MODULE', ['shop']],
      ['DUPLICATE_PERMISSION', ['shop.read']],
    ]);
  });

  it('rejects a module whose access permission is unknown or belongs elsewhere', () => {
    const problems = problemsOf(
      [...modules, { key: 'bank', name: 'Bank', description: '', group: 'apps', access: 'bank.access' }],
      valid,
    );
    expect(problems).toEqual([
      expect.objectContaining({ code: 'UNKNOWN_ACCESS_PERMISSION', keys: ['bank', 'bank.access'] }),
    ]);
    const borrowed = problemsOf(
      [...modules, { key: 'bank', name: 'Bank', description: '', group: 'apps', access: 'shop.read' }],
      valid,
    );
    expect(borrowed).toEqual([
      expect.objectContaining({ code: 'ACCESS_PERMISSION_OUTSIDE_MODULE', keys: ['bank', 'shop.read'] }),
    ]);
  });

  it('reports every problem at once in the message', () => {
    const problems = problemsOf(modules, [...valid, perm('shop.report'), perm('shop.z', ['nope', 'shop.access'])]);
    expect(problems.map((p) => p.code).sort()).toEqual(['OUTSIDE_MODULE_ACCESS', 'UNKNOWN_PREREQUISITE']);
    expect(() => validateCatalogue(modules, [...valid, perm('shop.report')])).toThrow(/shop\.report/);
  });

  it('runs when a Catalogue is built', () => {
    expect(() => new Catalogue(modules, [...valid, perm('shop.report')])).toThrow(CatalogueError);
  });
});
