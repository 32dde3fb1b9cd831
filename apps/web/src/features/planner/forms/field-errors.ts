/** Messages by input field name; empty when the form may be sent. */
export type FieldErrors = Record<string, string>;

/** A loose check that catches typos before the server does; the server decides. */
export const looksLikeEmail = (value: string): boolean => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());

/** Trimmed text, or null for an optional field left empty. */
export const optionalText = (value: string): string | null => value.trim() || null;
