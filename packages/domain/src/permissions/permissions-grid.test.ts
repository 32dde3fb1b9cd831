import { describe, expect, it } from 'vitest';
import { createAccessModel } from './access-model.js';
import { gridRow, permissionsGrid } from './permissions-grid.js';
import { roles } from './__tests__/fixtures.js';

const model = createAccessModel([
  ...roles,
  { id: 'lead', name: 'Lead', parentIds: ['buyer'], permissions: ['purchasing.orders.read'] },
]);
const cell = (roleId: string, key: string) => gridRow(model, roleId).cells.find((c) => c.key === key);

describe('Permissions Manager grid', () => {
  it('shows own permissions as granted and toggleable', () => {
    expect(cell('senior', 'purchasing.orders.approve')).toEqual({
      key: 'purchasing.orders.approve',
      state: 'granted',
      toggleable: true,
      inheritedFrom: [],
      missing: [],
    });
  });

  it('shows inherited permissions as inherited, from which role, not toggleable', () => {
    expect(cell('head', 'purchasing.orders.create')).toEqual({
      key: 'purchasing.orders.create',
      state: 'inherited',
      toggleable: false,
      inheritedFrom: [{ roleId: 'buyer', roleName: 'Buyer', path: ['Head Buyer', 'Senior Buyer', 'Buyer'] }],
      missing: [],
    });
  });

  it('says granted but carries the inherited origin when a role both owns and inherits a permission', () => {
    expect(cell('lead', 'purchasing.orders.read')).toMatchObject({
      state: 'granted',
      inheritedFrom: [{ roleId: 'buyer', roleName: 'Buyer', path: ['Lead', 'Buyer'] }],
    });
  });

  it('greys out a permission whose prerequisites the role lacks, saying what it needs', () => {
    expect(cell('worker', 'purchasing.orders.approve')).toEqual({
      key: 'purchasing.orders.approve',
      state: 'unavailable',
      toggleable: true,
      missing: ['purchasing.access', 'purchasing.orders.read'],
    });
    expect(cell('buyer', 'purchasing.orders.approve')).toEqual({
      key: 'purchasing.orders.approve',
      state: 'off',
      toggleable: true,
    });
  });

  it('flags a granted permission that is inactive', () => {
    expect(cell('clerk', 'purchasing.orders.approve')).toMatchObject({
      state: 'granted',
      missing: ['purchasing.access', 'purchasing.orders.read'],
    });
  });

  it('groups permissions by module and has a row per role with a cell per permission', () => {
    const grid = permissionsGrid(model, ['buyer', 'worker']);
    expect(grid.modules.map((m) => m.module.key)).toEqual([
      'users', 'roles', 'audit', 'tenant', 'planner', 'purchasing', 'vault',
    ]);
    expect(grid.modules.find((m) => m.module.key === 'vault')?.permissions.map((p) => p.key)).toEqual([
      'vault.access', 'vault.secrets.read', 'vault.secrets.reveal', 'vault.secrets.manage',
    ]);
    expect(grid.rows.map((r) => r.roleName)).toEqual(['Buyer', 'Worker']);
    expect(grid.rows[0]?.cells).toHaveLength(model.catalogue.size);
    expect(permissionsGrid(model).rows).toHaveLength(6);
  });
});
