import { useLayoutEffect, useMemo, useRef } from 'react';
import { shareUnchanged } from '../share-unchanged';

/** `value`, sharing with the last rendered one every part that did not change (see shareUnchanged). */
export function useSharedValue<T>(value: T): T {
  const last = useRef(value);
  const shared = useMemo(() => shareUnchanged(last.current, value), [value]);
  useLayoutEffect(() => {
    last.current = shared;
  });
  return shared;
}
