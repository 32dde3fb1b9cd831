import { describe, expect, it } from 'vitest';
import { createAccessModel } from './access-model.js';
import { planRevoke } from './plan-revoke.js';
import { roles, tom, users } from './__tests__/fixtures.js';

const model = createAccessModel(roles);

describe('planRevoke', () => {
  it('reports what turns inactive across the role, its descendants and their users', () => {
    const plan = planRevoke(model, { kind: 'role', roleId: 'buyer' }, 'purchasing.access', { users });
    expect(plan.revoke).toEqual(['purchasing.access']);
    expect(plan.cascaded).toEqual([]);
    expect(plan.becomeInactive.roles).toEqual([
      { roleId: 'buyer', roleName: 'Buyer', inactive: ['purchasing.orders.read', 'purchasing.orders.create'] },
      {
        roleId: 'senior',
        roleName: 'Senior Buyer',
        inactive: ['purchasing.orders.read', 'purchasing.orders.create', 'purchasing.orders.approve'],
      },
      {
        roleId: 'head',
        roleName: 'Head Buyer',
        inactive: [
          'purchasing.orders.read',
          'purchasing.orders.create',
          'purchasing.orders.approve',
          'purchasing.suppliers.read',
        ],
      },
    ]);
    expect(plan.becomeInactive.users.map((u) => u.userId)).toEqual(['u-maria', 'u-tom', 'u-hana']);
  });

  it('with cascade, also revokes the target’s own dependants and reports what remains', () => {
    const plan = planRevoke(model, { kind: 'role', roleId: 'buyer' }, 'purchasing.access', { cascade: true, users });
    expect(plan.revoke).toEqual(['purchasing.access', 'purchasing.orders.read', 'purchasing.orders.create']);
    expect(plan.cascaded).toEqual(['purchasing.orders.read', 'purchasing.orders.create']);
    expect(plan.becomeInactive.roles.map((r) => [r.roleName, r.inactive])).toEqual([
      ['Senior Buyer', ['purchasing.orders.approve']],
      ['Head Buyer', ['purchasing.orders.approve', 'purchasing.suppliers.read']],
    ]);
  });

  it('leaves permissions still granted by another source alone', () => {
    const plan = planRevoke(model, { kind: 'role', roleId: 'senior' }, 'purchasing.access', { users });
    expect(plan.notOwned).toEqual(['purchasing.access']);
    expect(plan.revoke).toEqual([]);
    expect(plan.becomeInactive).toEqual({ roles: [], users: [] });
  });

  it('plans a direct revoke on a user', () => {
    const plan = planRevoke(model, { kind: 'user', user: tom }, 'vault.access');
    expect(plan.becomeInactive.users).toEqual([{ userId: 'u-tom', inactive: ['vault.secrets.read'] }]);
    const cascade = planRevoke(model, { kind: 'user', user: tom }, 'vault.access', { cascade: true });
    expect(cascade.revoke).toEqual(['vault.access', 'vault.secrets.read']);
    expect(cascade.becomeInactive.users).toEqual([]);
  });
});
