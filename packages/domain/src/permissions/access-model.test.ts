import { describe, expect, it } from 'vitest';
import { createAccessModel } from './access-model.js';
import { RoleGraph } from './role-graph.js';
import { carl, maria, roles, tom } from './__tests__/fixtures.js';

const model = createAccessModel(roles);

describe('AccessModel.can', () => {
  it('answers from own, inherited and direct permissions', () => {
    expect(model.can(maria, 'purchasing.orders.approve')).toBe(true);
    expect(model.can(maria, 'purchasing.orders.create')).toBe(true);
    expect(model.can(maria, 'vault.access')).toBe(false);
    expect(model.can(tom, 'vault.secrets.read')).toBe(true);
  });

  it('refuses a held permission whose prerequisites are missing', () => {
    expect(model.roleGrantedBits('clerk').some((w) => w !== 0)).toBe(true);
    expect(model.can(carl, 'purchasing.orders.approve')).toBe(false);
    expect(model.roleCan('clerk', 'purchasing.orders.approve')).toBe(false);
  });

  it('lets direct permissions complete a role: prerequisites may come from another source', () => {
    expect(model.can({ ...carl, direct: ['purchasing.access', 'purchasing.orders.read'] }, 'purchasing.orders.approve')).toBe(
      true,
    );
  });

  it('treats a user without a role, or with a missing role, as holding only direct permissions', () => {
    expect(model.can({ id: 'x', roleId: null, direct: [] }, 'users.access')).toBe(false);
    expect(model.can({ id: 'x', roleId: 'gone', direct: ['users.access'] }, 'users.access')).toBe(true);
  });

  it('refuses to compile a looping graph rather than answering by walk order', () => {
    const looped = new RoleGraph(roles.map((r) => (r.id === 'buyer' ? { ...r, parentIds: ['senior'] } : r)));
    expect(() => createAccessModel(looped).can(maria, 'purchasing.access')).toThrow(/loops/);
  });
});
