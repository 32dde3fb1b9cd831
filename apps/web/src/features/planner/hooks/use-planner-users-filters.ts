import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { PlannerAffiliation, PlannerInviteStatus, PlannerUserFilter } from '../../../gql/graphql';

/** The Planner Users list's filters; every value lives in the address (`?q=…&affiliation=…`). */
export interface PlannerUsersFilterValues {
  search: string;
  affiliation: PlannerAffiliation | '';
  status: PlannerInviteStatus | '';
}

export const PLANNER_FILTER_PARAMS = { search: 'q', affiliation: 'affiliation', status: 'status' } as const;

export const AFFILIATIONS: readonly PlannerAffiliation[] = ['INTERNAL', 'EXTERNAL'];
export const INVITE_STATUSES: readonly PlannerInviteStatus[] = ['HOLDING', 'INVITED', 'ACTIVE', 'INACTIVE'];

const oneOf = <T extends string>(allowed: readonly T[], value: string | null): T | '' =>
  value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : '';

/** Reads the filters from the address; unknown values (a hand-edited link) count as "any". */
export function readPlannerFilters(params: URLSearchParams): PlannerUsersFilterValues {
  return {
    search: params.get(PLANNER_FILTER_PARAMS.search) ?? '',
    affiliation: oneOf(AFFILIATIONS, params.get(PLANNER_FILTER_PARAMS.affiliation)),
    status: oneOf(INVITE_STATUSES, params.get(PLANNER_FILTER_PARAMS.status)),
  };
}

/** Writes changed filters over `params`; empty values leave the address. */
export function writePlannerFilters(params: URLSearchParams, changes: Partial<PlannerUsersFilterValues>): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(changes) as Array<[keyof PlannerUsersFilterValues, string]>) {
    const name = PLANNER_FILTER_PARAMS[key];
    if (value) next.set(name, value);
    else next.delete(name);
  }
  return next;
}

/** The filters as the API's `PlannerUserFilter`. */
export function toPlannerUserFilter(values: PlannerUsersFilterValues): PlannerUserFilter {
  return {
    search: values.search.trim() || null,
    affiliation: values.affiliation || null,
    inviteStatus: values.status || null,
  };
}

export function usePlannerUsersFilters() {
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  const values = useMemo(() => readPlannerFilters(new URLSearchParams(key)), [key]);
  const filter = useMemo(() => toPlannerUserFilter(values), [values]);
  const update = useCallback(
    // The functional form: two changes in one tick (clear, then type) must both land.
    (changes: Partial<PlannerUsersFilterValues>) => setParams((current) => writePlannerFilters(current, changes), { replace: true }),
    [setParams],
  );
  const clear = useCallback(() => update({ search: '', affiliation: '', status: '' }), [update]);
  const activeCount = [values.search.trim(), values.affiliation, values.status].filter(Boolean).length;
  return { values, filter, update, clear, activeCount };
}
