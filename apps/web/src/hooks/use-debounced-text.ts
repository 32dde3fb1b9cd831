import { useEffect, useRef, useState } from 'react';

const TYPING_DELAY_MS = 300;

/** A text filter that waits for a pause in typing before it changes the address (and the query). */
export function useDebouncedText(value: string, apply: (value: string) => void): [string, (value: string) => void] {
  const [draft, setDraft] = useState(value);
  // The `apply` of the latest render, not the one of the keystroke: router updates commit in a
  // transition, so a keystroke right after another filter changed can still render with the old
  // address, and applying that closure would write the old filter back.
  const latestApply = useRef(apply);
  useEffect(() => {
    latestApply.current = apply;
  });
  useEffect(() => setDraft(value), [value]);
  useEffect(() => {
    if (draft === value) return;
    const timer = setTimeout(() => latestApply.current(draft), TYPING_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft, value]);
  return [draft, setDraft];
}
