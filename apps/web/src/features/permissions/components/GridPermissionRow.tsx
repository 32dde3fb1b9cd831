import { memo } from 'react';
import type { MatrixCell, MatrixPermission, MatrixRow } from '../graphql/permissions.graphql';
import { GRID_GEOMETRY } from '../grid/grid-geometry';
import { cellId } from '../hooks/use-roving-grid';
import { GridCell } from './GridCell';

/** One permission across the rendered roles: its sticky name, then a cell per role. */
export const GridPermissionRow = memo(function GridPermissionRow({
  permission,
  rowIndex,
  roles,
  columns,
  cellsOf,
  activeCol,
  readOnly,
  busyRoleId,
  nameOf,
  onToggle,
}: {
  permission: MatrixPermission;
  rowIndex: number;
  roles: readonly MatrixRow[];
  columns: readonly number[];
  cellsOf: (roleId: string) => ReadonlyMap<string, MatrixCell>;
  /** The grid's tab stop when it is in this row, else -1. */
  activeCol: number;
  readOnly: boolean;
  /** The role whose cell in this row is being changed, if any. */
  busyRoleId: string | null;
  nameOf: (key: string) => string;
  onToggle: (row: MatrixRow, cell: MatrixCell) => void;
}) {
  return (
    <div
      role="row"
      aria-rowindex={rowIndex + 2}
      className="pm-grid__row"
      style={{ top: rowIndex * GRID_GEOMETRY.rowHeight }}
      data-key={permission.key}
    >
      <div
        role="rowheader"
        aria-colindex={1}
        className="pm-grid__rowheader pm-grid__permission"
        title={permission.description}
        data-cell={cellId(rowIndex, 0)}
        tabIndex={activeCol === 0 ? 0 : -1}
      >
        <span className="pm-grid__permission-name">{permission.name}</span>
        <span className="pm-grid__permission-key mono">{permission.key}</span>
      </div>
      {columns.map((index) => {
        const row = roles[index]!;
        const cell = cellsOf(row.role.id).get(permission.key);
        if (!cell) return null;
        return (
          <GridCell
            key={row.role.id}
            row={row}
            permission={permission}
            cell={cell}
            rowIndex={rowIndex}
            col={index + 1}
            left={GRID_GEOMETRY.firstColumnWidth + index * GRID_GEOMETRY.columnWidth}
            tabIndex={activeCol === index + 1 ? 0 : -1}
            frozen={readOnly}
            busy={busyRoleId === row.role.id}
            nameOf={nameOf}
            onToggle={onToggle}
          />
        );
      })}
    </div>
  );
});
