/** PostgreSQL's unique_violation: a concurrent request inserted the same row first. */
export function isUniqueViolation(error: unknown): boolean {
  const failure = error as { code?: unknown; driverError?: { code?: unknown } } | null;
  return failure?.code === '23505' || failure?.driverError?.code === '23505';
}
