import { memo, type MouseEvent } from 'react';
import type { MatrixCell, MatrixPermission, MatrixRow } from '../graphql/permissions.graphql';
import { cellText } from '../grid/cell-text';
import { NOT_YOURS_TO_GRANT, useBeyondViewerKeys } from '../hooks/use-beyond-viewer-keys';
import { cellId } from '../hooks/use-roving-grid';

export interface GridCellProps {
  row: MatrixRow;
  permission: MatrixPermission;
  cell: MatrixCell;
  rowIndex: number;
  col: number;
  left: number;
  tabIndex: number;
  /** A read-only viewer: focusable, but not toggleable. */
  frozen: boolean;
  busy: boolean;
  nameOf: (key: string) => string;
  onToggle: (row: MatrixRow, cell: MatrixCell) => void;
}

const keepAsIs = (event: MouseEvent) => event.preventDefault();

/**
 * One role x permission cell. A locked cell uses aria-disabled, not disabled: it must stay
 * focusable for the grid's arrow keys, and a disabled element would drop the focus.
 */
export const GridCell = memo(function GridCell({ row, permission, cell, rowIndex, col, left, tabIndex, frozen, busy, nameOf, onToggle }: GridCellProps) {
  const beyondViewer = useBeyondViewerKeys();
  const text = cellText(cell, nameOf);
  const notYours = cell.state !== 'GRANTED' && cell.state !== 'INHERITED' && beyondViewer.has(permission.key);
  const locked = cell.state === 'INHERITED' || frozen || notYours;
  const classes = ['pm-grid__cell', 'pm-cell', `pm-cell--${cell.state.toLowerCase()}`, text.inactive && 'pm-cell--inactive'].filter(Boolean).join(' ');
  return (
    <div role="gridcell" aria-colindex={col + 1} className={classes} style={{ left }} title={notYours ? `${text.title}\n${NOT_YOURS_TO_GRANT}` : text.title} data-state={cell.state}>
      <label className="pm-cell__hit">
        <input
          type="checkbox"
          className="pm-checkbox"
          data-cell={cellId(rowIndex, col)}
          tabIndex={tabIndex}
          aria-label={`${row.role.name}: ${permission.name} — ${text.state}`}
          checked={cell.state === 'GRANTED' || cell.state === 'INHERITED'}
          aria-disabled={locked || undefined}
          aria-busy={busy || undefined}
          onClick={locked ? keepAsIs : undefined}
          onChange={() => {
            if (!locked) onToggle(row, cell);
          }}
        />
        {text.caption && (
          <span className="pm-cell__caption" aria-hidden="true">
            {text.caption}
          </span>
        )}
      </label>
    </div>
  );
});
