import type { AccessModel } from './access-model.js';
import { bitIds, minus } from './bitset.js';

/** `childId` inherits from `parentId`. */
export interface InheritanceEdge {
  readonly childId: string;
  readonly parentId: string;
  /**
   * Permissions the child receives through this parent and does not hold itself: the parent's own
   * and inherited permissions (prerequisites not considered, as in `roleGrantedBits`) minus the
   * child's own. A permission two parents both pass down is counted on each edge.
   */
  readonly passedDown: number;
}

export interface InheritanceNeighbourhood {
  /** The role first, then its ancestors nearest first, then its descendants nearest first. */
  readonly roleIds: readonly string[];
  /** Every inheritance link between two roles of `roleIds`, in the order of `roleIds` by child. */
  readonly edges: readonly InheritanceEdge[];
}

/**
 * A role with everything it inherits from and everything that inherits from it, for drawing its
 * place in the inheritance DAG. Links from a descendant to a role outside the neighbourhood (its
 * other parents) are left out: they say nothing about this role. Empty for a role the model
 * does not hold (a deleted one).
 */
export function inheritanceNeighbourhood<K extends string, M extends string>(model: AccessModel<K, M>, roleId: string): InheritanceNeighbourhood {
  const { graph, catalogue } = model;
  if (!graph.get(roleId)) return { roleIds: [], edges: [] };
  const roleIds = [roleId, ...graph.ancestors(roleId).map((ancestor) => ancestor.role.id), ...graph.descendants(roleId).map((role) => role.id)];
  const inNeighbourhood = new Set(roleIds);
  const edges: InheritanceEdge[] = [];
  for (const childId of roleIds) {
    const own = catalogue.bitsOf(graph.get(childId)?.permissions ?? []);
    for (const parent of graph.parentsOf(childId)) {
      if (!inNeighbourhood.has(parent.id)) continue;
      edges.push({ childId, parentId: parent.id, passedDown: bitIds(minus(model.roleGrantedBits(parent.id), own)).length });
    }
  }
  return { roleIds, edges };
}
