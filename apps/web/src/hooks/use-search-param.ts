import { useCallback, useEffect, useState } from 'react';
import { assign, useSearchParamsWriter } from './use-search-params-writer';

/**
 * A page setting kept in the address (`?name=value`, so links and reloads keep it), held in local
 * state too: router updates are asynchronous, and a controlled input fed only from the URL would
 * drop keystrokes or flicker a checkbox while the navigation settles.
 */
export function useSearchParam(name: string): [string, (value: string) => void] {
  const [params, write] = useSearchParamsWriter();
  const fromUrl = params.get(name) ?? '';
  const [value, setLocal] = useState(fromUrl);
  // A link, Back or Forward changed the address: follow it.
  useEffect(() => setLocal(fromUrl), [fromUrl]);
  const setValue = useCallback(
    (next: string) => {
      setLocal(next);
      write(assign({ [name]: next }));
    },
    [name, write],
  );
  return [value, setValue];
}
