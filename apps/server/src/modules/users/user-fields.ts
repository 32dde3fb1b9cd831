import { isKnownTimeZone } from '@access/domain';
import { BadUserInputError } from '../../kernel/errors.js';

const USERNAME = /^[A-Za-z0-9][A-Za-z0-9._@-]{1,98}[A-Za-z0-9]$/;
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

export function validUsername(raw: string): string {
  const username = raw.trim();
  if (!USERNAME.test(username)) {
    throw new BadUserInputError('username', 'Use 3 to 100 letters, digits, dots, dashes, underscores or @, starting and ending with a letter or digit');
  }
  return username;
}

export function validEmail(raw: string, field = 'email'): string {
  const email = raw.trim().toLowerCase();
  if (email.length > 254 || !EMAIL.test(email)) throw new BadUserInputError(field, 'Enter a valid email address, like name@example.com');
  return email;
}

/** Optional text: trimmed, empty becomes null, length-checked. */
export function optionalText(field: string, raw: string | null | undefined, max: number): string | null | undefined {
  if (raw === undefined) return undefined;
  if (raw === null) return null;
  const value = raw.trim();
  if (value.length > max) throw new BadUserInputError(field, `Keep this within ${max} characters`);
  return value.length === 0 ? null : value;
}

/** A person's own zone: empty or null goes back to the tenant's; an unknown name is refused on the field. */
export function optionalTimeZone(field: string, raw: string | null | undefined): string | null | undefined {
  if (raw === undefined) return undefined;
  const value = raw?.trim() ?? '';
  if (value === '') return null;
  if (!isKnownTimeZone(value)) throw new BadUserInputError(field, `${value} is not a known time zone: choose one such as Europe/Amsterdam`, { reason: 'UNKNOWN_TIME_ZONE' });
  return value;
}
