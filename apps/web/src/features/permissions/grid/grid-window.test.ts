import { describe, expect, it } from 'vitest';
import { indexesWith, scrollToReveal, visibleRange } from './grid-window';

describe('grid windowing', () => {
  it('covers the viewport plus the overscan, within the list', () => {
    expect(visibleRange(0, 400, 40, 100, 3)).toEqual({ start: 0, end: 13 });
    expect(visibleRange(1000, 400, 40, 100, 3)).toEqual({ start: 22, end: 38 });
    expect(visibleRange(3900, 400, 40, 100, 3)).toEqual({ start: 94, end: 100 });
    expect(visibleRange(0, 400, 40, 0, 3)).toEqual({ start: 0, end: 0 });
  });

  it('keeps a partly visible item', () => {
    expect(visibleRange(50, 100, 40, 100, 0)).toEqual({ start: 1, end: 4 });
  });

  it('adds the focused index when it is outside the window, in order', () => {
    expect(indexesWith({ start: 5, end: 8 }, 2, 20)).toEqual([2, 5, 6, 7]);
    expect(indexesWith({ start: 5, end: 8 }, 6, 20)).toEqual([5, 6, 7]);
    expect(indexesWith({ start: 5, end: 8 }, 12, 20)).toEqual([5, 6, 7, 12]);
    expect(indexesWith({ start: 5, end: 8 }, 25, 20)).toEqual([5, 6, 7]);
  });

  it('scrolls as little as needed to reveal an item', () => {
    expect(scrollToReveal(200, 400, 40, 7)).toBe(200);
    expect(scrollToReveal(200, 400, 40, 2)).toBe(80);
    expect(scrollToReveal(200, 400, 40, 20)).toBe(440);
  });
});
