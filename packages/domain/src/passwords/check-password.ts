import { COMMON_PASSWORDS } from './common-passwords.js';
import type { PasswordPolicy } from './policy.js';

export type PasswordRule =
  | 'min_length'
  | 'max_length'
  | 'upper'
  | 'lower'
  | 'digit'
  | 'special'
  | 'common'
  | 'contains_username'
  | 'contains_email'
  | 'same_as_previous'
  | 'same_as_temporary';

export interface PasswordFailure {
  readonly rule: PasswordRule;
  readonly message: string;
}

export interface PasswordCheck {
  readonly ok: boolean;
  /** Every rule the password breaks, in a stable order; empty when ok. */
  readonly failures: readonly PasswordFailure[];
}

export interface PasswordContext {
  readonly username?: string;
  readonly email?: string;
  /** The password being replaced: a new one must differ. */
  readonly previous?: string;
  /** The temporary password the user signed in with: it cannot become the permanent one. */
  readonly temporary?: string;
}

/** Shortest name or email fragment worth refusing inside a password; shorter ones match by accident. */
const MIN_PERSONAL_FRAGMENT = 3;
/** Longest run of digits and symbols around a common word still treated as a trivial variant. */
const MAX_TRIVIAL_AFFIX = 6;

/** Checks a password against a policy and reports every broken rule, not just the first. */
export function checkPassword(password: string, policy: PasswordPolicy, context: PasswordContext = {}): PasswordCheck {
  const failures: PasswordFailure[] = [];
  const fail = (rule: PasswordRule, message: string): void => {
    failures.push({ rule, message });
  };
  const length = [...password].length;

  if (length < policy.minLength) fail('min_length', `Use at least ${policy.minLength} characters`);
  if (length > policy.maxLength) fail('max_length', `Use at most ${policy.maxLength} characters`);
  if (policy.requireUpper && !/\p{Lu}/u.test(password)) fail('upper', 'Add an upper-case letter');
  if (policy.requireLower && !/\p{Ll}/u.test(password)) fail('lower', 'Add a lower-case letter');
  if (policy.requireDigit && !/\p{Nd}/u.test(password)) fail('digit', 'Add a digit');
  if (policy.requireSpecial && ![...password].some((c) => policy.specialCharacters.includes(c))) {
    fail('special', `Add a special character from ${policy.specialCharacters}`);
  }
  if (policy.rejectCommon && isCommonPassword(password)) {
    fail('common', 'This password is too common; choose something less predictable');
  }

  const lower = password.toLowerCase();
  const username = context.username?.trim().toLowerCase();
  if (username && username.length >= MIN_PERSONAL_FRAGMENT && lower.includes(username)) {
    fail('contains_username', 'Do not include your username');
  }
  const email = context.email?.trim().toLowerCase();
  const local = email?.split('@')[0];
  if (email && ((local && local.length >= MIN_PERSONAL_FRAGMENT && lower.includes(local)) || lower.includes(email))) {
    fail('contains_email', 'Do not include your email address');
  }
  if (context.previous !== undefined && password === context.previous) {
    fail('same_as_previous', 'Choose a password different from the current one');
  }
  if (context.temporary !== undefined && password === context.temporary) {
    fail('same_as_temporary', 'Choose a new password, not the temporary one');
  }
  return { ok: failures.length === 0, failures };
}

/**
 * True for a listed common password and its trivial variants, compared case-insensitively:
 * a few digits or symbols around it (`Password1!`) or look-alike characters (`P@ssw0rd`).
 */
export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  for (const candidate of [lower, ...deLeet(lower)]) {
    if (COMMON_PASSWORDS.has(candidate)) return true;
    const core = candidate.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
    if (core.length > 0 && candidate.length - core.length <= MAX_TRIVIAL_AFFIX && COMMON_PASSWORDS.has(core)) {
      return true;
    }
  }
  return false;
}

const LOOK_ALIKES: Readonly<Record<string, string>> = {
  '@': 'a',
  '4': 'a',
  '0': 'o',
  '3': 'e',
  $: 's',
  '5': 's',
  '7': 't',
  '!': 'i',
};

/** Look-alike readings of a password; "1" reads as either "i" or "l". */
function deLeet(lower: string): string[] {
  // Keep trailing digits and symbols as they are: they are the affix, not part of the word.
  const match = /^(.*?\p{L}.*?)([^\p{L}]*)$/u.exec(lower);
  const word = match?.[1] ?? lower;
  const tail = match?.[2] ?? '';
  const swap = (one: string): string =>
    [...word].map((c) => (c === '1' ? one : (LOOK_ALIKES[c] ?? c))).join('') + tail;
  return [...new Set([swap('i'), swap('l')])].filter((v) => v !== lower);
}
