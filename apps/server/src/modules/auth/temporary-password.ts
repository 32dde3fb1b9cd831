import { randomInt } from 'node:crypto';
import { checkPassword, type PasswordPolicy } from '@access/domain';

const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const LOWER = 'abcdefghijkmnopqrstuvwxyz';
const DIGITS = '23456789';

/**
 * A random password that satisfies the tenant's policy, avoiding look-alike characters because
 * people type it from an email.
 */
export function generateTemporaryPassword(policy: PasswordPolicy): string {
  const specials = policy.specialCharacters || '!@#$%^&*_-';
  const length = Math.min(Math.max(policy.minLength, 16), policy.maxLength);
  for (;;) {
    const all = UPPER + LOWER + DIGITS + specials;
    const chars = [pick(UPPER), pick(LOWER), pick(DIGITS), pick(specials)];
    while (chars.length < length) chars.push(pick(all));
    for (let i = chars.length - 1; i > 0; i--) {
      const j = randomInt(i + 1);
      [chars[i], chars[j]] = [chars[j]!, chars[i]!];
    }
    const password = chars.join('');
    if (checkPassword(password, policy).ok) return password;
  }
}

function pick(alphabet: string): string {
  return alphabet[randomInt(alphabet.length)]!;
}
