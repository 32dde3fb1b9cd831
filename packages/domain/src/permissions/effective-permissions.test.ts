import { describe, expect, it } from 'vitest';
import { createAccessModel } from './access-model.js';
import { effectivePermissions, visibleModules } from './effective-permissions.js';
import { carl, hana, maria, roles, tom } from './__tests__/fixtures.js';

const model = createAccessModel(roles);
const byKey = (user: Parameters<typeof effectivePermissions>[1]) =>
  new Map(effectivePermissions(model, user).map((p) => [p.key, p]));

describe('effectivePermissions (seed 002)', () => {
  it('gives Senior Buyer its own Approve plus everything inherited from Buyer, with the path', () => {
    const perms = byKey(maria);
    expect([...perms.keys()]).toEqual([
      'purchasing.access',
      'purchasing.orders.read',
      'purchasing.orders.create',
      'purchasing.orders.approve',
    ]);
    expect(perms.get('purchasing.orders.approve')).toEqual({
      key: 'purchasing.orders.approve',
      sources: [{ kind: 'role', roleId: 'senior', roleName: 'Senior Buyer' }],
      state: 'active',
    });
    expect(perms.get('purchasing.orders.create')?.sources).toEqual([
      { kind: 'inherited', roleId: 'buyer', roleName: 'Buyer', path: ['Senior Buyer', 'Buyer'] },
    ]);
  });

  it('lists the full path for a grandparent', () => {
    expect(byKey(hana).get('purchasing.access')?.sources).toEqual([
      { kind: 'inherited', roleId: 'buyer', roleName: 'Buyer', path: ['Head Buyer', 'Senior Buyer', 'Buyer'] },
    ]);
  });

  it('lists every source of a permission held more than one way', () => {
    expect(byKey(tom).get('purchasing.orders.approve')?.sources).toEqual([{ kind: 'direct' }]);
    const both = byKey({ ...maria, direct: ['purchasing.orders.read', 'purchasing.orders.approve'] });
    expect(both.get('purchasing.orders.read')?.sources).toEqual([
      { kind: 'inherited', roleId: 'buyer', roleName: 'Buyer', path: ['Senior Buyer', 'Buyer'] },
      { kind: 'direct' },
    ]);
    expect(both.get('purchasing.orders.approve')?.sources.map((s) => s.kind)).toEqual(['role', 'direct']);
  });

  it('marks a permission inactive with its missing prerequisites, transitively', () => {
    expect(byKey(carl).get('purchasing.orders.approve')).toMatchObject({
      state: 'inactive',
      missing: ['purchasing.access', 'purchasing.orders.read'],
    });
  });

  it('keeps direct permissions when the role changes', () => {
    const before = byKey(tom);
    const after = byKey({ ...tom, roleId: 'worker' });
    expect(before.get('purchasing.orders.create')).toBeDefined();
    expect(after.get('purchasing.orders.create')).toBeUndefined();
    expect(after.get('vault.secrets.read')).toEqual({ key: 'vault.secrets.read', sources: [{ kind: 'direct' }], state: 'active' });
    // Approve survives as granted but loses its prerequisites with the Buyer role.
    expect(after.get('purchasing.orders.approve')).toMatchObject({ state: 'inactive', sources: [{ kind: 'direct' }] });
  });
});

describe('visibleModules', () => {
  it('shows a module only when its access permission is active', () => {
    expect(visibleModules(model, maria).map((m) => m.key)).toEqual(['purchasing']);
    expect(visibleModules(model, tom).map((m) => m.key)).toEqual(['purchasing', 'vault']);
    expect(visibleModules(model, { id: 'w', roleId: 'worker', direct: [] })).toEqual([]);
    expect(visibleModules(model, { id: 'w', roleId: 'worker', direct: ['users.read'] })).toEqual([]);
  });
});
