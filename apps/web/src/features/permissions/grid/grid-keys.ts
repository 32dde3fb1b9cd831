/** A cell of the All roles grid: `row` -1 is the role-name header row, `col` 0 the first column. */
export interface GridPosition {
  row: number;
  col: number;
}

export interface GridBounds {
  /** Rows below the header row. */
  rows: number;
  /** Columns, the first one included. */
  cols: number;
  /** Rows that PageUp and PageDown move by. */
  page: number;
}

/**
 * Where a key moves the focus in the grid (the WAI-ARIA grid pattern's keys), or null when the
 * key is not a move. Moves stop at the edges instead of wrapping.
 */
export function nextPosition(key: string, ctrlKey: boolean, at: GridPosition, bounds: GridBounds): GridPosition | null {
  const lastRow = bounds.rows - 1;
  const lastCol = bounds.cols - 1;
  switch (key) {
    case 'ArrowUp':
      return { row: Math.max(-1, at.row - 1), col: at.col };
    case 'ArrowDown':
      return { row: Math.min(lastRow, at.row + 1), col: at.col };
    case 'ArrowLeft':
      return { row: at.row, col: Math.max(0, at.col - 1) };
    case 'ArrowRight':
      return { row: at.row, col: Math.min(lastCol, at.col + 1) };
    case 'Home':
      return ctrlKey ? { row: -1, col: 0 } : { row: at.row, col: 0 };
    case 'End':
      return ctrlKey ? { row: lastRow, col: lastCol } : { row: at.row, col: lastCol };
    case 'PageDown':
      return { row: Math.min(lastRow, at.row + bounds.page), col: at.col };
    case 'PageUp':
      // The header row is one ArrowUp away; a page up stops at the first permission row.
      return { row: at.row < 0 ? -1 : Math.max(0, at.row - bounds.page), col: at.col };
    default:
      return null;
  }
}

/** The same position inside bounds that shrank (a module collapsed, a filter typed). */
export function clampPosition(at: GridPosition, bounds: Pick<GridBounds, 'rows' | 'cols'>): GridPosition {
  return { row: Math.max(-1, Math.min(bounds.rows - 1, at.row)), col: Math.max(0, Math.min(bounds.cols - 1, at.col)) };
}
