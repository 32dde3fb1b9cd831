import { Graph, layout } from '@dagrejs/dagre';

export const NODE_WIDTH = 200;
export const NODE_HEIGHT = 60;

export interface Placed {
  id: string;
  /** Top-left corner, as React Flow places nodes. */
  x: number;
  y: number;
}

/**
 * Parents above their children (top-down), one rank per generation, so permissions flow downwards
 * the way the page reads. Links are [parentId, childId].
 */
export function layoutTopDown(ids: readonly string[], links: ReadonlyArray<readonly [string, string]>): { placed: Placed[]; width: number; height: number } {
  const graph = new Graph();
  // Room between ranks for the count on each link.
  graph.setGraph({ rankdir: 'TB', nodesep: 40, ranksep: 80, marginx: 8, marginy: 8 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const id of ids) graph.setNode(id, { width: NODE_WIDTH, height: NODE_HEIGHT });
  for (const [parentId, childId] of links) graph.setEdge(parentId, childId);
  layout(graph);
  const placed = ids.map((id) => {
    const { x, y } = graph.node(id) as { x: number; y: number };
    return { id, x: x - NODE_WIDTH / 2, y: y - NODE_HEIGHT / 2 };
  });
  const { width = 0, height = 0 } = graph.graph() as { width?: number; height?: number };
  return { placed, width, height };
}
