import { Controls, Handle, MarkerType, Position, ReactFlow, useStoreApi, type Edge, type Node, type NodeProps } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { layoutTopDown, NODE_HEIGHT, NODE_WIDTH } from '../graph-layout';
import { permissionCount, type GraphRole, type InheritanceView, type Kinship } from '../inheritance-view';
import './role-inheritance-graph.css';

type RoleNode = Node<{ role: GraphRole }, 'role'>;

const KINSHIP: Record<Kinship, string> = { self: 'This role', ancestor: 'Inherited from', descendant: 'Inherits from it' };

/** A role of the graph: a link to its page, except the role being shown. */
function RoleNodeView({ data: { role }, positionAbsoluteX, positionAbsoluteY }: NodeProps<RoleNode>) {
  const store = useStoreApi();

  // The viewport is a transformed pane: a link tabbed to outside it is panned into view.
  function reveal() {
    const { transform, width, height, setCenter } = store.getState();
    const [panX, panY, zoom] = transform;
    const left = positionAbsoluteX * zoom + panX;
    const top = positionAbsoluteY * zoom + panY;
    if (left < 0 || top < 0 || left + NODE_WIDTH * zoom > width || top + NODE_HEIGHT * zoom > height) {
      void setCenter(positionAbsoluteX + NODE_WIDTH / 2, positionAbsoluteY + NODE_HEIGHT / 2, { zoom });
    }
  }

  return (
    <div className={`role-graph__node role-graph__node--${role.kinship}`}>
      <Handle type="target" position={Position.Top} isConnectable={false} />
      {role.kinship === 'self' ? (
        <strong className="role-graph__name" aria-current="page">
          {role.name}
        </strong>
      ) : (
        <Link className="role-graph__name nodrag nopan" to={`/settings/roles/${role.id}`} onFocus={reveal}>
          {role.name}
        </Link>
      )}
      <span className="role-graph__kinship">
        {KINSHIP[role.kinship]}
        {role.isSystem ? ' · system' : ''}
      </span>
      <Handle type="source" position={Position.Bottom} isConnectable={false} />
    </div>
  );
}

const nodeTypes = { role: RoleNodeView };

interface RoleInheritanceGraphProps {
  view: InheritanceView;
  /** The graph's accessible name. */
  label: string;
  /** Id of the sentence that sums the graph up. */
  describedBy: string;
}

/**
 * Loaded on demand (React.lazy): React Flow and dagre stay out of the admin entry. Read-only: the
 * only things to reach by keyboard are the links to other roles and the zoom controls; nodes and
 * edges are not selectable, so Tab goes from link to link.
 */
export default function RoleInheritanceGraph({ view, label, describedBy }: RoleInheritanceGraphProps) {
  const { nodes, edges, height } = useMemo(() => {
    const layout = layoutTopDown(
      view.roles.map((role) => role.id),
      view.links.map((link) => [link.parent.id, link.child.id] as const),
    );
    const roles = new Map(view.roles.map((role) => [role.id, role]));
    const nodes: RoleNode[] = layout.placed.map(({ id, x, y }) => ({
      id,
      type: 'role',
      position: { x, y },
      width: NODE_WIDTH,
      height: NODE_HEIGHT,
      data: { role: roles.get(id)! },
      ariaRole: 'group',
      ariaLabel: roles.get(id)!.name,
    }));
    const edges: Edge[] = view.links.map((link) => ({
      id: link.id,
      source: link.parent.id,
      target: link.child.id,
      type: 'smoothstep',
      // Pointing the way permissions flow: from the parent down to the child.
      markerEnd: { type: MarkerType.ArrowClosed },
      label: permissionCount(link.count),
      ariaLabel: link.sentence,
      className: link.child.kinship === 'self' || link.parent.kinship === 'self' ? 'role-graph__edge--self' : undefined,
    }));
    return { nodes, edges, height: layout.height };
  }, [view]);

  return (
    // Sized to the drawing, within bounds, so a small graph is not lost in a tall empty box.
    <div className="role-graph" style={{ height: Math.min(520, Math.max(220, height + 48)) }}>
      <ReactFlow
        aria-label={label}
        aria-describedby={describedBy}
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        fitView
        fitViewOptions={{ padding: 0.15, maxZoom: 1 }}
        minZoom={0.25}
        maxZoom={1.5}
        nodesDraggable={false}
        nodesConnectable={false}
        nodesFocusable={false}
        edgesFocusable={false}
        elementsSelectable={false}
        disableKeyboardA11y
        zoomOnScroll={false}
        zoomOnDoubleClick={false}
        preventScrolling={false}
        deleteKeyCode={null}
      >
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}
