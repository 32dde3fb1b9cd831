import type { AuditFilter } from '../../gql/graphql';

/** What an audit page can be narrowed by; every value lives in the address (`?action=role.&from=…`). */
export const AUDIT_FILTER_KEYS = ['action', 'actor', 'target', 'from', 'to'] as const;
export type AuditFilterKey = (typeof AUDIT_FILTER_KEYS)[number];
export type AuditFilterValues = Record<AuditFilterKey, string>;

export const NO_AUDIT_FILTERS: AuditFilterValues = { action: '', actor: '', target: '', from: '', to: '' };

export function readAuditFilters(params: URLSearchParams): AuditFilterValues {
  return Object.fromEntries(AUDIT_FILTER_KEYS.map((key) => [key, params.get(key) ?? ''])) as AuditFilterValues;
}

/** `YYYY-MM-DD` (a local day) to the instant it starts; `endOfDay` gives the next day's start. */
export function dayToIso(day: string, endOfDay: boolean): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + (endOfDay ? 1 : 0));
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** The address's filters as the API's `AuditFilter`; "to" includes the whole day. */
export function toAuditFilter(values: AuditFilterValues): AuditFilter {
  return {
    action: values.action.trim() || null,
    actorId: values.actor.trim() || null,
    targetId: values.target.trim() || null,
    from: values.from ? dayToIso(values.from, false) : null,
    to: values.to ? dayToIso(values.to, true) : null,
  };
}
