import { BadUserInputError } from '../../kernel/errors.js';
import { optionalText } from '../users/user-fields.js';

/** Required text: trimmed, not empty, within `max` characters. */
export function requiredText(field: string, raw: string, max: number): string {
  const value = raw.trim();
  if (value.length === 0) throw new BadUserInputError(field, 'This cannot be empty');
  if (value.length > max) throw new BadUserInputError(field, `Keep this within ${max} characters`);
  return value;
}

/** Optional text: trimmed, empty becomes null, within `max` characters. */
export function optionalNote(field: string, raw: string | null | undefined, max: number): string | null {
  return optionalText(field, raw, max) ?? null;
}

export function integerBetween(field: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) throw new BadUserInputError(field, `Use a whole number from ${min} to ${max}`);
  return value;
}
