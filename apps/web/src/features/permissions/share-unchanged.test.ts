import { describe, expect, it } from 'vitest';
import { shareUnchanged } from './share-unchanged';

describe('shareUnchanged', () => {
  const previous = {
    modules: [{ key: 'vault', permissions: [{ key: 'vault.access' }] }],
    rows: [
      { role: { id: 'a' }, cells: [{ key: 'vault.access', state: 'OFF', missing: [] }] },
      { role: { id: 'b' }, cells: [{ key: 'vault.access', state: 'GRANTED', missing: [] }] },
    ],
  };

  it('keeps every unchanged part, and renews only the path to a change', () => {
    const next = structuredClone(previous);
    next.rows[0]!.cells[0]!.state = 'GRANTED';
    const shared = shareUnchanged(previous, next);
    expect(shared).toEqual(next);
    expect(shared).not.toBe(previous);
    expect(shared.modules).toBe(previous.modules);
    expect(shared.rows[1]).toBe(previous.rows[1]);
    expect(shared.rows[0]).not.toBe(previous.rows[0]);
    expect(shared.rows[0]!.role).toBe(previous.rows[0]!.role);
  });

  it('returns the previous value when nothing changed, and the next one when there was none', () => {
    expect(shareUnchanged(previous, structuredClone(previous))).toBe(previous);
    const next = structuredClone(previous);
    expect(shareUnchanged(undefined, next)).toBe(next);
  });

  it('treats a longer or shorter list as changed', () => {
    const next = structuredClone(previous);
    next.rows.pop();
    const shared = shareUnchanged(previous, next);
    expect(shared.rows).toHaveLength(1);
    expect(shared.rows[0]).toBe(previous.rows[0]);
  });
});
