/** The restrictions as the API stores them: trimmed, no blanks, each once (ignoring case). */
export function normalizeRestrictions(entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const entry of entries) {
    const text = entry.trim();
    const key = text.toLowerCase();
    if (!text || seen.has(key)) continue;
    seen.add(key);
    result.push(text);
  }
  return result;
}
