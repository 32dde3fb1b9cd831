import { useEffect, useRef, useState } from 'react';

const TYPING_DELAY_MS = 300;

/** A text filter that waits for a pause in typing before it changes the address (and the query). */
export function useDebouncedText(value: string, apply: (value: string) => void): [string, (value: string) => void] {
  const [draft, setDraft] = useState(value);
  // The `apply` of the latest render, not the one of the keystroke: router updates commit in a
  // transition, so a keystroke right after another filter changed can still render with the old
  // address, and applying that closure would write the old filter back.
  const latestApply = useRef(apply);
  // What this field applied last. When the value comes back as that, it is our own echo: the user
  // may have typed on while it travelled, and copying it into the draft would erase those keys.
  const ownEcho = useRef<string | null>(null);
  useEffect(() => {
    latestApply.current = apply;
  });
  useEffect(() => {
    const echo = value === ownEcho.current;
    ownEcho.current = null;
    if (!echo) setDraft(value);
  }, [value]);
  useEffect(() => {
    if (draft === value) return;
    const timer = setTimeout(() => {
      ownEcho.current = draft;
      latestApply.current(draft);
    }, TYPING_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft, value]);
  return [draft, setDraft];
}
