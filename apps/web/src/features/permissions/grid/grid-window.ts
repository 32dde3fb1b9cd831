/** A half-open range of item indexes: `start` included, `end` excluded. */
export interface IndexRange {
  start: number;
  end: number;
}

/**
 * The items of a fixed-size list that intersect the viewport, plus `overscan` on each side, so a
 * small scroll shows rows already rendered while React catches up.
 */
export function visibleRange(offset: number, viewport: number, itemSize: number, count: number, overscan: number): IndexRange {
  if (count <= 0 || itemSize <= 0) return { start: 0, end: 0 };
  const first = Math.floor(Math.max(0, offset) / itemSize);
  const last = Math.ceil((Math.max(0, offset) + Math.max(0, viewport)) / itemSize);
  return { start: Math.max(0, Math.min(count, first - overscan)), end: Math.min(count, Math.max(0, last + overscan)) };
}

/** The indexes of `range`, with `extra` added when it falls outside (the focused row or column). */
export function indexesWith(range: IndexRange, extra: number, count: number): number[] {
  const indexes: number[] = [];
  if (extra >= 0 && extra < count && extra < range.start) indexes.push(extra);
  for (let index = range.start; index < range.end; index += 1) indexes.push(index);
  if (extra >= range.end && extra < count) indexes.push(extra);
  return indexes;
}

/**
 * The scroll offset that brings the item at `index` fully into a viewport of `viewport` pixels,
 * moving as little as possible; `offset` itself when it is already in view.
 */
export function scrollToReveal(offset: number, viewport: number, itemSize: number, index: number): number {
  const top = index * itemSize;
  if (top < offset) return top;
  if (top + itemSize > offset + viewport) return Math.max(0, top + itemSize - viewport);
  return offset;
}
