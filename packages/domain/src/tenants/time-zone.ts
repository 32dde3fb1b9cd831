/**
 * IANA time zones as the runtime's own database knows them. `Intl.supportedValuesOf` lists only
 * canonical names, so a well-known alias ("Asia/Calcutta", "US/Eastern") is accepted when
 * `Intl.DateTimeFormat` itself resolves it; anything else is unknown. No offsets are computed here.
 */
export const DEFAULT_TIME_ZONE = 'UTC';

let canonical: ReadonlySet<string> | null = null;

function canonicalZones(): ReadonlySet<string> {
  canonical ??= new Set(['UTC', ...Intl.supportedValuesOf('timeZone')]);
  return canonical;
}

/** The canonical names, sorted, for a picker. */
export function listTimeZones(): string[] {
  return [...canonicalZones()].sort();
}

export function isKnownTimeZone(name: string): boolean {
  if (typeof name !== 'string' || name.trim() !== name || name === '') return false;
  if (canonicalZones().has(name)) return true;
  // Offsets ("+02:00") are valid to Intl but are not zones: they ignore daylight saving time.
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(name)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** A person's zone when they chose one, else their tenant's. */
export function effectiveTimeZone(userTimeZone: string | null | undefined, tenantTimeZone: string): string {
  return userTimeZone ?? tenantTimeZone;
}

/** The calendar day ("YYYY-MM-DD") an instant falls on in a zone. */
export function localDateIn(timeZone: string, instant: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
