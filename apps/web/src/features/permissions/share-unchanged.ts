const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

/**
 * `next`, with every part that deep-equals the same part of `previous` replaced by the previous
 * object (structural sharing, as TanStack Query's replaceEqualDeep). After a refetch of the
 * matrix, only the rows and cells that changed are new objects, so memoised cells skip the rest.
 */
export function shareUnchanged<T>(previous: unknown, next: T): T {
  if (Object.is(previous, next)) return next;
  if (Array.isArray(previous) && Array.isArray(next)) {
    let same = previous.length === next.length;
    const shared = next.map((item: unknown, index) => {
      const part = shareUnchanged(previous[index], item);
      if (part !== previous[index]) same = false;
      return part;
    });
    return (same ? previous : shared) as T;
  }
  if (isPlainObject(previous) && isPlainObject(next)) {
    const keys = Object.keys(next);
    let same = keys.length === Object.keys(previous).length;
    const shared: Record<string, unknown> = {};
    for (const key of keys) {
      shared[key] = shareUnchanged(previous[key], next[key]);
      if (shared[key] !== previous[key]) same = false;
    }
    return (same ? previous : shared) as T;
  }
  return next;
}
