import { useEffect, useState } from 'react';

const TYPING_DELAY_MS = 300;

/** A text filter that waits for a pause in typing before it changes the address (and the query). */
export function useDebouncedText(value: string, apply: (value: string) => void): [string, (value: string) => void] {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  useEffect(() => {
    if (draft === value) return;
    const timer = setTimeout(() => apply(draft), TYPING_DELAY_MS);
    return () => clearTimeout(timer);
    // Only typing restarts the timer, not a new identity of `apply`.
  }, [draft, value]);
  return [draft, setDraft];
}
