import { useCallback, useLayoutEffect, useMemo, useRef, type CSSProperties } from 'react';
import type { MatrixCell, MatrixRow } from '../graphql/permissions.graphql';
import { GRID_GEOMETRY } from '../grid/grid-geometry';
import type { GridRowItem } from '../grid/grid-rows';
import { indexesWith, visibleRange } from '../grid/grid-window';
import type { BusyCell } from '../hooks/use-permission-changes';
import { useRovingGrid } from '../hooks/use-roving-grid';
import { useScrollViewport } from '../hooks/use-scroll-viewport';
import { GridHeaderRow } from './GridHeaderRow';
import { GridModuleRow } from './GridModuleRow';
import { GridPermissionRow } from './GridPermissionRow';
import './permissions-grid.css';

const { headerHeight, rowHeight, firstColumnWidth, columnWidth, overscanRows, overscanColumns } = GRID_GEOMETRY;

export interface PermissionsGridProps {
  roles: readonly MatrixRow[];
  rows: readonly GridRowItem[];
  readOnly: boolean;
  busy: BusyCell | null;
  nameOf: (key: string) => string;
  onToggle: (row: MatrixRow, cell: MatrixCell) => void;
  onToggleModule: (moduleKey: string) => void;
}

/**
 * Roles x permissions as one ARIA grid, windowed both ways: only the rows and role columns in
 * the scroll viewport (plus a few beyond, and the focused cell) are in the DOM, so 57 roles with
 * every module open stay a few hundred cells. Rows and columns have fixed sizes (GRID_GEOMETRY).
 */
export function PermissionsGrid({ roles, rows, readOnly, busy, nameOf, onToggle, onToggleModule }: PermissionsGridProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const { viewport, sync } = useScrollViewport(containerRef);
  const { position, tabIndexOf, gridHandlers } = useRovingGrid({ containerRef, rows: rows.length, cols: roles.length + 1, syncViewport: sync });

  const cellMaps = useMemo(() => new Map(roles.map((row) => [row.role.id, new Map(row.cells.map((cell) => [cell.key, cell]))])), [roles]);
  const cellsOf = useCallback((roleId: string): ReadonlyMap<string, MatrixCell> => cellMaps.get(roleId) ?? new Map(), [cellMaps]);

  // Memoised rows and cells see the same function across renders, while the latest one runs.
  const toggleRef = useRef(onToggle);
  useLayoutEffect(() => {
    toggleRef.current = onToggle;
  });
  const toggle = useCallback((row: MatrixRow, cell: MatrixCell) => toggleRef.current(row, cell), []);

  const rowRange = visibleRange(viewport.top, viewport.height - headerHeight, rowHeight, rows.length, overscanRows);
  const columnRange = visibleRange(viewport.left, viewport.width - firstColumnWidth, columnWidth, roles.length, overscanColumns);
  const rowIndexes = indexesWith(rowRange, position.row, rows.length);
  // The same array while the window stays put, so memoised rows can skip a render.
  const columns = useMemo(
    () => indexesWith({ start: columnRange.start, end: columnRange.end }, position.col - 1, roles.length),
    [columnRange.start, columnRange.end, position.col, roles.length],
  );

  const width = firstColumnWidth + roles.length * columnWidth;
  const style = {
    '--pm-grid-header-height': `${headerHeight}px`,
    '--pm-grid-row-height': `${rowHeight}px`,
    '--pm-grid-first-width': `${firstColumnWidth}px`,
    '--pm-grid-column-width': `${columnWidth}px`,
    '--pm-grid-width': `${width}px`,
  } as CSSProperties;

  return (
    <div
      ref={containerRef}
      role="grid"
      aria-label="Permissions of every role"
      aria-rowcount={rows.length + 1}
      aria-colcount={roles.length + 1}
      aria-readonly={readOnly || undefined}
      aria-busy={busy !== null || undefined}
      className="pm-grid"
      style={style}
      {...gridHandlers}
    >
      <GridHeaderRow roles={roles} columns={columns} tabIndexOf={tabIndexOf} />
      <div role="rowgroup" className="pm-grid__body" style={{ height: rows.length * rowHeight }}>
        {rowIndexes.map((rowIndex) => {
          const item = rows[rowIndex]!;
          const activeCol = position.row === rowIndex ? position.col : -1;
          return item.kind === 'module' ? (
            <GridModuleRow
              key={`module:${item.module.key}`}
              module={item.module}
              permissions={item.permissions}
              expanded={item.expanded}
              rowIndex={rowIndex}
              roles={roles}
              columns={columns}
              cellsOf={cellsOf}
              activeCol={activeCol}
              onToggleExpanded={onToggleModule}
            />
          ) : (
            <GridPermissionRow
              key={item.permission.key}
              permission={item.permission}
              rowIndex={rowIndex}
              roles={roles}
              columns={columns}
              cellsOf={cellsOf}
              activeCol={activeCol}
              readOnly={readOnly}
              busyRoleId={busy?.key === item.permission.key ? busy.roleId : null}
              nameOf={nameOf}
              onToggle={toggle}
            />
          );
        })}
      </div>
    </div>
  );
}
