import { useLayoutEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';
import { GRID_GEOMETRY } from '../grid/grid-geometry';
import { clampPosition, nextPosition, type GridPosition } from '../grid/grid-keys';
import { scrollToReveal } from '../grid/grid-window';

const { headerHeight, rowHeight, firstColumnWidth, columnWidth } = GRID_GEOMETRY;

/** The attribute naming a cell's focus target: `row:col`, as in GridPosition. */
export const CELL_ATTRIBUTE = 'data-cell';
export const cellId = (row: number, col: number) => `${row}:${col}`;

/**
 * Roving tabindex over a windowed grid: one cell is the grid's tab stop, the arrow keys (and
 * Home, End, PageUp, PageDown) move it, scrolling first so that the target is rendered. Each
 * cell's focus target is its widget (checkbox, button, link) or the cell itself.
 */
export function useRovingGrid({
  containerRef,
  rows,
  cols,
  syncViewport,
}: {
  containerRef: RefObject<HTMLElement | null>;
  rows: number;
  cols: number;
  syncViewport: () => void;
}) {
  const [active, setActive] = useState<GridPosition>({ row: 0, col: 0 });
  const position = clampPosition(active, { rows, cols });
  const focusPending = useRef(false);

  // After the render that brought the target cell into the DOM.
  useLayoutEffect(() => {
    if (!focusPending.current) return;
    const target = containerRef.current?.querySelector<HTMLElement>(`[${CELL_ATTRIBUTE}="${cellId(position.row, position.col)}"]`);
    if (target) {
      focusPending.current = false;
      // The grid has already scrolled to it; the browser's own scroll would hide it under the sticky header.
      target.focus({ preventScroll: true });
    }
  });

  function reveal(target: GridPosition) {
    const container = containerRef.current;
    if (!container) return;
    if (target.row >= 0) container.scrollTop = scrollToReveal(container.scrollTop, container.clientHeight - headerHeight, rowHeight, target.row);
    if (target.col >= 1) {
      container.scrollLeft = scrollToReveal(container.scrollLeft, container.clientWidth - firstColumnWidth, columnWidth, target.col - 1);
    }
    syncViewport();
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    const element = event.target as HTMLElement;
    if (!element.hasAttribute(CELL_ATTRIBUTE)) return;
    if (event.key === 'Enter' && element instanceof HTMLInputElement && element.type === 'checkbox') {
      // A checkbox answers Space natively; in a grid Enter toggles it too.
      event.preventDefault();
      element.click();
      return;
    }
    if (event.key === ' ' && !(element instanceof HTMLInputElement || element instanceof HTMLButtonElement)) {
      event.preventDefault();
      return;
    }
    const container = containerRef.current;
    const page = Math.max(1, Math.floor(((container?.clientHeight ?? 0) - headerHeight) / rowHeight) - 1);
    const next = nextPosition(event.key, event.ctrlKey || event.metaKey, position, { rows, cols, page });
    if (!next) return;
    event.preventDefault();
    focusPending.current = true;
    reveal(next);
    setActive(next);
  }

  // A click or Tab into the grid makes that cell the tab stop.
  function onFocus(event: FocusEvent<HTMLElement>) {
    const id = (event.target as HTMLElement).getAttribute(CELL_ATTRIBUTE);
    if (!id) return;
    const [row, col] = id.split(':').map(Number) as [number, number];
    if (row !== position.row || col !== position.col) setActive({ row, col });
  }

  return {
    position,
    tabIndexOf: (row: number, col: number) => (row === position.row && col === position.col ? 0 : -1),
    gridHandlers: { onKeyDown, onFocus },
  };
}
