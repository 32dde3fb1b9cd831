/** One changed key of an audit entry: scalars as old → new, arrays as added and removed items. */
export type DiffLine =
  | { key: string; kind: 'value'; before: unknown; after: unknown }
  | { key: string; kind: 'list'; added: unknown[]; removed: unknown[]; unchanged: number };

type Json = Record<string, unknown> | null | undefined;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The keys that differ between `before` and `after`, in first-seen order. A key present on one
 * side only counts as a change (to or from nothing); arrays compare as sets of items.
 */
export function auditDiff(before: Json, after: Json): DiffLine[] {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  const lines: DiffLine[] = [];
  for (const key of keys) {
    const old = before?.[key];
    const next = after?.[key];
    if (same(old, next)) continue;
    if (Array.isArray(old) || Array.isArray(next)) {
      const oldItems = Array.isArray(old) ? old : [];
      const newItems = Array.isArray(next) ? next : [];
      const oldSet = new Set(oldItems.map((item) => JSON.stringify(item)));
      const newSet = new Set(newItems.map((item) => JSON.stringify(item)));
      lines.push({
        key,
        kind: 'list',
        added: newItems.filter((item) => !oldSet.has(JSON.stringify(item))),
        removed: oldItems.filter((item) => !newSet.has(JSON.stringify(item))),
        unchanged: newItems.filter((item) => oldSet.has(JSON.stringify(item))).length,
      });
    } else {
      lines.push({ key, kind: 'value', before: old, after: next });
    }
  }
  return lines;
}

/** A value as people read it: text as is, nothing as an em dash, the rest as compact JSON. */
export function formatValue(value: unknown): string {
  if (value === undefined || value === null) return '—';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}
