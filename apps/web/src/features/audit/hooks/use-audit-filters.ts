import { useEffect, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { AUDIT_FILTER_KEYS, NO_AUDIT_FILTERS, readAuditFilters, toAuditFilter, type AuditFilterKey } from '../audit-filter';

/** The address's other parameters (a user page's `tab`) stay as they are. */
function withoutFilters(params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of AUDIT_FILTER_KEYS) next.delete(key);
  return next;
}

/**
 * The filters of an audit page: a draft the form edits, applied to the address on submit, so
 * links ("every entry about this target") and Back/Forward filter the page too.
 */
export function useAuditFilters() {
  const [params, setParams] = useSearchParams();
  const searchKey = params.toString();
  const applied = readAuditFilters(params);
  const [draft, setDraft] = useState(applied);
  useEffect(() => setDraft(readAuditFilters(new URLSearchParams(searchKey))), [searchKey]);

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next = withoutFilters(params);
    for (const key of AUDIT_FILTER_KEYS) if (draft[key].trim()) next.set(key, draft[key].trim());
    setParams(next);
  }

  function clear() {
    setDraft(NO_AUDIT_FILTERS);
    setParams(withoutFilters(params));
  }

  return {
    filter: toAuditFilter(applied),
    /** Changes with the applied filters: resets what belonged to the previous list. */
    searchKey,
    active: AUDIT_FILTER_KEYS.filter((key) => applied[key]),
    /** The props of a form control bound to one filter. */
    field: (key: AuditFilterKey) => ({
      value: draft[key],
      onChange: (event: { target: { value: string } }) => setDraft((current) => ({ ...current, [key]: event.target.value })),
    }),
    apply,
    clear,
  };
}
