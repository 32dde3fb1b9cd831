/**
 * Fixed sizes of the All roles grid, in pixels: windowing computes positions from them, and the
 * grid hands them to its CSS as custom properties, so the two never disagree.
 */
export const GRID_GEOMETRY = {
  headerHeight: 64,
  rowHeight: 44,
  firstColumnWidth: 264,
  columnWidth: 100,
  /** Rows and columns rendered beyond each edge of the viewport. */
  overscanRows: 6,
  overscanColumns: 2,
} as const;
