import { describe, expect, it } from 'vitest';
import { createAccessModel } from './access-model.js';
import { inheritanceNeighbourhood } from './inheritance-neighbourhood.js';
import type { RoleNode } from './role-graph.js';
import { buyer, headBuyer, roles, seniorBuyer, worker } from './__tests__/fixtures.js';

describe('inheritanceNeighbourhood', () => {
  it('takes the role, its ancestors and its descendants, counting what each link passes down', () => {
    const result = inheritanceNeighbourhood(createAccessModel(roles), 'senior');
    expect(result.roleIds).toEqual(['senior', 'buyer', 'head']);
    expect(result.edges).toEqual([
      { childId: 'senior', parentId: 'buyer', passedDown: 3 },
      // Senior Buyer passes on Buyer's three and its own Approve Purchase Orders.
      { childId: 'head', parentId: 'senior', passedDown: 4 },
    ]);
  });

  it('leaves out what the child holds itself, and counts a permission on each link that brings it', () => {
    const auditor: RoleNode = { id: 'auditor', name: 'Auditor', parentIds: [], permissions: ['purchasing.access', 'purchasing.suppliers.read'] };
    const lead: RoleNode = { id: 'lead', name: 'Lead', parentIds: ['head', 'auditor'], permissions: ['purchasing.orders.read'] };
    const result = inheritanceNeighbourhood(createAccessModel([buyer, seniorBuyer, headBuyer, auditor, lead]), 'lead');
    expect(result.roleIds).toEqual(['lead', 'head', 'auditor', 'senior', 'buyer']);
    expect(result.edges).toEqual([
      // Head Buyer holds five; Lead has Read Purchase Orders itself.
      { childId: 'lead', parentId: 'head', passedDown: 4 },
      { childId: 'lead', parentId: 'auditor', passedDown: 2 },
      { childId: 'head', parentId: 'senior', passedDown: 4 },
      { childId: 'senior', parentId: 'buyer', passedDown: 3 },
    ]);
  });

  it("keeps a diamond's two links and leaves out a descendant's other parents", () => {
    const clerk: RoleNode = { id: 'clerk', name: 'Clerk', parentIds: ['senior', 'buyer', 'worker'], permissions: [] };
    const result = inheritanceNeighbourhood(createAccessModel([buyer, seniorBuyer, headBuyer, worker, clerk]), 'buyer');
    expect(result.roleIds).toEqual(['buyer', 'senior', 'clerk', 'head']);
    expect(result.edges).toEqual([
      { childId: 'senior', parentId: 'buyer', passedDown: 3 },
      { childId: 'clerk', parentId: 'senior', passedDown: 4 },
      { childId: 'clerk', parentId: 'buyer', passedDown: 3 },
      { childId: 'head', parentId: 'senior', passedDown: 4 },
    ]);
  });

  it('is the role alone when nothing is linked to it, and empty for a role the model lacks', () => {
    const model = createAccessModel(roles);
    expect(inheritanceNeighbourhood(model, 'worker')).toEqual({ roleIds: ['worker'], edges: [] });
    expect(inheritanceNeighbourhood(model, 'gone')).toEqual({ roleIds: [], edges: [] });
  });
});
