import { memo } from 'react';
import type { MatrixCell, MatrixModule, MatrixPermission, MatrixRow } from '../graphql/permissions.graphql';
import { GRID_GEOMETRY } from '../grid/grid-geometry';
import { cellId } from '../hooks/use-roving-grid';

const held = (cell: MatrixCell | undefined) => cell?.state === 'GRANTED' || cell?.state === 'INHERITED';

/** A module's header row: the expand/collapse button, then how many of its permissions each role holds. */
export const GridModuleRow = memo(function GridModuleRow({
  module,
  permissions,
  expanded,
  rowIndex,
  roles,
  columns,
  cellsOf,
  activeCol,
  onToggleExpanded,
}: {
  module: MatrixModule;
  permissions: readonly MatrixPermission[];
  expanded: boolean;
  rowIndex: number;
  roles: readonly MatrixRow[];
  columns: readonly number[];
  cellsOf: (roleId: string) => ReadonlyMap<string, MatrixCell>;
  /** The grid's tab stop when it is in this row, else -1. */
  activeCol: number;
  onToggleExpanded: (moduleKey: string) => void;
}) {
  return (
    <div role="row" aria-rowindex={rowIndex + 2} className="pm-grid__row pm-grid__row--module" style={{ top: rowIndex * GRID_GEOMETRY.rowHeight }}>
      <div role="rowheader" aria-colindex={1} className="pm-grid__rowheader pm-grid__module">
        <button
          type="button"
          className="pm-grid__module-toggle"
          data-cell={cellId(rowIndex, 0)}
          tabIndex={activeCol === 0 ? 0 : -1}
          aria-expanded={expanded}
          onClick={() => onToggleExpanded(module.key)}
        >
          <svg className="pm-module__chevron" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
            <path d="M6 4l4 4-4 4" fill="none" stroke="currentColor" strokeWidth="1.8" />
          </svg>
          <span className="pm-grid__module-name">{module.name}</span>
          {/* Each role's cell shows "held/total", so the total is only spoken here. */}
          <span className="visually-hidden">
            {permissions.length} {permissions.length === 1 ? 'permission' : 'permissions'}
          </span>
        </button>
      </div>
      {columns.map((index) => {
        const { role } = roles[index]!;
        const cells = cellsOf(role.id);
        const count = permissions.filter((permission) => held(cells.get(permission.key))).length;
        return (
          <div
            key={role.id}
            role="gridcell"
            aria-colindex={index + 2}
            className={count > 0 ? 'pm-grid__cell pm-grid__count' : 'pm-grid__cell pm-grid__count pm-grid__count--none'}
            style={{ left: GRID_GEOMETRY.firstColumnWidth + index * GRID_GEOMETRY.columnWidth }}
            data-cell={cellId(rowIndex, index + 1)}
            tabIndex={activeCol === index + 1 ? 0 : -1}
          >
            <span aria-hidden="true">
              {count}/{permissions.length}
            </span>
            <span className="visually-hidden">
              {role.name}: {count} of {permissions.length} {module.name} permissions held
            </span>
          </div>
        );
      })}
    </div>
  );
});
