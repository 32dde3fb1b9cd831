import { useCallback, useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';

/** Changes `next` in place: the parameters as the last write left them. */
export type SearchParamsChange = (next: URLSearchParams) => void;

/**
 * The address's search parameters and a writer for them (replacing the history entry). The
 * router's own functional update is handed the parameters of the last render, so two changes
 * before the next render (untick a status, then type a name) would lose the first; here each
 * change builds on the last one written that the address has not reached yet.
 */
export function useSearchParamsWriter(): [URLSearchParams, (change: SearchParamsChange) => void] {
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  const pending = useRef<string[]>([]);
  useEffect(() => {
    const reached = pending.current.indexOf(key);
    // An address we did not write (Back, a link) wins over anything still pending.
    pending.current = reached >= 0 ? pending.current.slice(reached + 1) : [];
  }, [key]);

  const write = useCallback(
    (change: SearchParamsChange) => {
      const next = new URLSearchParams(pending.current.at(-1) ?? key);
      change(next);
      pending.current.push(next.toString());
      setParams(next, { replace: true });
    },
    [key, setParams],
  );
  return [params, write];
}

/** A change that sets each non-empty value and removes each empty one. */
export function assign(values: { readonly [name: string]: string | undefined }): SearchParamsChange {
  return (next) => {
    for (const [name, value] of Object.entries(values)) {
      if (value) next.set(name, value);
      else next.delete(name);
    }
  };
}
