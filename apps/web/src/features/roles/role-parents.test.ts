import { RoleGraph } from '@access/domain';
import { describe, expect, it } from 'vitest';
import { roleNodes, type RoleShape } from './access-model';
import { inheritanceLoop } from './role-parents';

const role = (id: string, parents: string[] = [], deletedAt: string | null = null): RoleShape => ({
  id,
  name: id,
  deletedAt,
  parents: parents.map((parent) => ({ id: parent })),
  permissions: [],
});

describe('inheritanceLoop', () => {
  const graph = new RoleGraph(roleNodes([role('Buyer'), role('Senior Buyer', ['Buyer']), role('Gone', ['Buyer'], '2026-01-01T00:00:00Z')]));

  it('spells out a loop the way the server refuses it', () => {
    expect(inheritanceLoop(graph, 'Buyer', ['Senior Buyer'])).toBe('Role inheritance cannot loop: Senior Buyer -> Buyer -> Senior Buyer');
    expect(inheritanceLoop(graph, 'Buyer', ['Buyer'])).toBe('Role inheritance cannot loop: Buyer -> Buyer');
  });

  it('lets other choices through, and leaves unknown and deleted roles to the server', () => {
    expect(inheritanceLoop(graph, 'Senior Buyer', ['Buyer'])).toBeUndefined();
    expect(inheritanceLoop(graph, 'Buyer', ['created since'])).toBeUndefined();
    expect(inheritanceLoop(graph, 'Buyer', ['Gone'])).toBeUndefined();
  });
});
