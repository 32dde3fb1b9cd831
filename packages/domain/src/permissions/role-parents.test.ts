import { describe, expect, it } from 'vitest';
import { RoleGraph } from './role-graph.js';
import { checkRoleParents } from './role-parents.js';
import { roles } from './__tests__/fixtures.js';

const graph = new RoleGraph(roles);

describe('checkRoleParents', () => {
  it('accepts a DAG and drops duplicate parents', () => {
    expect(checkRoleParents(graph, 'clerk', ['buyer', 'worker', 'buyer'])).toEqual({
      ok: true,
      parentIds: ['buyer', 'worker'],
    });
  });

  it('accepts a diamond (two paths to the same ancestor)', () => {
    expect(checkRoleParents(graph, 'clerk', ['senior', 'buyer']).ok).toBe(true);
  });

  it('rejects Buyer inheriting from Senior Buyer, spelling the cycle by role names', () => {
    const result = checkRoleParents(graph, 'buyer', ['senior']);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'ROLE_CYCLE',
        cycle: ['Senior Buyer', 'Buyer', 'Senior Buyer'],
        message: 'Role inheritance cannot loop: Senior Buyer -> Buyer -> Senior Buyer',
      },
    });
  });

  it('spells longer cycles through every role on the way', () => {
    const result = checkRoleParents(graph, 'buyer', ['worker', 'head']);
    expect(result.ok).toBe(false);
    if (!result.ok && result.error.code === 'ROLE_CYCLE') {
      expect(result.error.cycle).toEqual(['Head Buyer', 'Senior Buyer', 'Buyer', 'Head Buyer']);
    } else {
      expect.fail('expected a ROLE_CYCLE error');
    }
  });

  it('rejects a role inheriting from itself, existing or new', () => {
    expect(checkRoleParents(graph, 'worker', ['worker'])).toMatchObject({
      ok: false,
      error: { code: 'ROLE_CYCLE', cycle: ['Worker', 'Worker'] },
    });
    expect(checkRoleParents(graph, 'new-role', ['buyer', 'new-role'])).toMatchObject({
      ok: false,
      error: { code: 'ROLE_CYCLE' },
    });
  });

  it('accepts parents for a role not created yet', () => {
    expect(checkRoleParents(graph, 'new-role', ['senior'])).toEqual({ ok: true, parentIds: ['senior'] });
  });

  it('rejects unknown parents by id', () => {
    expect(checkRoleParents(graph, 'clerk', ['buyer', 'ghost'])).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_ROLE', roleIds: ['ghost'], message: 'Unknown parent role: ghost' },
    });
  });
});

describe('RoleGraph', () => {
  it('walks ancestors nearest first with their paths, and descendants', () => {
    expect(graph.ancestors('head').map((a) => [a.role.name, a.path.map((r) => r.name)])).toEqual([
      ['Senior Buyer', ['Head Buyer', 'Senior Buyer']],
      ['Buyer', ['Head Buyer', 'Senior Buyer', 'Buyer']],
    ]);
    expect(graph.descendants('buyer').map((r) => r.name)).toEqual(['Senior Buyer', 'Head Buyer']);
  });

  it('finds a cycle in stored data', () => {
    expect(graph.findCycle()).toBeNull();
    const looped = new RoleGraph(roles.map((r) => (r.id === 'buyer' ? { ...r, parentIds: ['head'] } : r)));
    expect(looped.findCycle()).toEqual(['Buyer', 'Head Buyer', 'Senior Buyer', 'Buyer']);
  });
});
