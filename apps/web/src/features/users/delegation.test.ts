import { SYSTEM_ROLES } from '@access/domain';
import { describe, expect, it } from 'vitest';
import type { RoleShape } from '../roles/access-model';
import { outrankedReason, roleAssignmentGaps } from './delegation';

const role = (id: string, keys: readonly string[], parents: string[] = []): RoleShape => ({
  id,
  name: id,
  parents: parents.map((parent) => ({ id: parent })),
  permissions: keys.map((key) => ({ key })),
});

const roles = [
  role('User Manager', SYSTEM_ROLES.userManager.permissions),
  role('Buyer', SYSTEM_ROLES.buyer.permissions),
  role('Senior Buyer', SYSTEM_ROLES.seniorBuyer.permissions, ['Buyer']),
  role('Worker', []),
];

describe('the delegation rule in the SPA', () => {
  it('offers a User Manager only the roles within their own permissions', () => {
    const gaps = roleAssignmentGaps(roles, { permissions: SYSTEM_ROLES.userManager.permissions, isSuperAdmin: false }, null);
    expect(gaps.get('Worker')).toEqual([]);
    expect(gaps.get('User Manager')).toEqual([]);
    expect(gaps.get('Buyer')).toEqual(SYSTEM_ROLES.buyer.permissions);
    // Inherited permissions count: Senior Buyer holds Buyer's too.
    expect(new Set(gaps.get('Senior Buyer'))).toEqual(new Set([...SYSTEM_ROLES.buyer.permissions, 'purchasing.orders.approve']));
  });

  it("counts the user's direct permissions with the new role, and the user as they are", () => {
    const buyerKeys = [...SYSTEM_ROLES.buyer.permissions];
    const viewer = [...buyerKeys, 'purchasing.orders.approve'];
    const clerk = { id: 'u', roleId: 'Worker', direct: ['purchasing.access', 'purchasing.orders.read', 'purchasing.suppliers.manage'] };
    const gaps = roleAssignmentGaps(roles, { permissions: viewer, isSuperAdmin: false }, clerk);
    // The clerk's own suppliers.manage is beyond the viewer, whatever the role.
    expect(gaps.get('Buyer')).toEqual(['purchasing.suppliers.manage']);
    expect(roleAssignmentGaps(roles, { permissions: viewer, isSuperAdmin: false }, { ...clerk, direct: [] }).get('Senior Buyer')).toEqual([]);
  });

  it('names what the viewer lacks, by permission name', () => {
    expect(outrankedReason(['roles.manage'], 'Ada Admin')).toBe('Ada Admin holds permissions you do not have (Manage roles)');
    expect(outrankedReason(['roles.manage', 'roles.read', 'audit.read', 'audit.access'])).toMatch(/and 1 more\)$/);
  });
});
