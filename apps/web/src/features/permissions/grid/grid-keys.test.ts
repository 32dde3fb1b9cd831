import { describe, expect, it } from 'vitest';
import { clampPosition, nextPosition } from './grid-keys';

const bounds = { rows: 30, cols: 8, page: 10 };

describe('All roles grid keys', () => {
  it('moves one cell with the arrows and stops at the edges', () => {
    expect(nextPosition('ArrowDown', false, { row: 3, col: 2 }, bounds)).toEqual({ row: 4, col: 2 });
    expect(nextPosition('ArrowRight', false, { row: 3, col: 7 }, bounds)).toEqual({ row: 3, col: 7 });
    expect(nextPosition('ArrowUp', false, { row: 0, col: 2 }, bounds)).toEqual({ row: -1, col: 2 });
    expect(nextPosition('ArrowUp', false, { row: -1, col: 2 }, bounds)).toEqual({ row: -1, col: 2 });
    expect(nextPosition('ArrowLeft', false, { row: 3, col: 0 }, bounds)).toEqual({ row: 3, col: 0 });
  });

  it('jumps to the row ends, the grid corners and by pages', () => {
    expect(nextPosition('Home', false, { row: 3, col: 5 }, bounds)).toEqual({ row: 3, col: 0 });
    expect(nextPosition('End', false, { row: 3, col: 1 }, bounds)).toEqual({ row: 3, col: 7 });
    expect(nextPosition('Home', true, { row: 3, col: 5 }, bounds)).toEqual({ row: -1, col: 0 });
    expect(nextPosition('End', true, { row: 3, col: 1 }, bounds)).toEqual({ row: 29, col: 7 });
    expect(nextPosition('PageDown', false, { row: 25, col: 1 }, bounds)).toEqual({ row: 29, col: 1 });
    expect(nextPosition('PageUp', false, { row: 4, col: 1 }, bounds)).toEqual({ row: 0, col: 1 });
  });

  it('ignores other keys, and clamps a position into smaller bounds', () => {
    expect(nextPosition('a', false, { row: 3, col: 5 }, bounds)).toBeNull();
    expect(clampPosition({ row: 12, col: 9 }, { rows: 4, cols: 3 })).toEqual({ row: 3, col: 2 });
  });
});
