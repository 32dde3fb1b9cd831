/** A tenant's password policy. */
export interface PasswordPolicy {
  readonly minLength: number;
  readonly maxLength: number;
  readonly requireUpper: boolean;
  readonly requireLower: boolean;
  readonly requireDigit: boolean;
  readonly requireSpecial: boolean;
  /** The characters that count as special. */
  readonly specialCharacters: string;
  /** Refuse the embedded list of common passwords and their trivial variants. */
  readonly rejectCommon: boolean;
}

/** Seed 003's policy: 8 to 60 characters, upper, lower, digit and one of `!@#$%^&*_-`. */
export const DEFAULT_PASSWORD_POLICY: PasswordPolicy = Object.freeze({
  minLength: 8,
  maxLength: 60,
  requireUpper: true,
  requireLower: true,
  requireDigit: true,
  requireSpecial: true,
  specialCharacters: '!@#$%^&*_-',
  rejectCommon: true,
});

export type PasswordPolicyProblem =
  | { readonly field: 'minLength' | 'maxLength'; readonly message: string }
  | { readonly field: 'specialCharacters'; readonly message: string };

/** Hard floor and ceiling for tenant settings; hashing a megabyte password is a denial of service. */
export const PASSWORD_LENGTH_LIMITS = { min: 6, max: 256 } as const;

export type PolicyResult =
  | { readonly ok: true; readonly policy: PasswordPolicy }
  | { readonly ok: false; readonly problems: readonly PasswordPolicyProblem[] };

/** Merges a tenant's overrides over the default and checks the result makes sense. */
export function resolvePasswordPolicy(overrides: Partial<PasswordPolicy> = {}): PolicyResult {
  const policy: PasswordPolicy = { ...DEFAULT_PASSWORD_POLICY, ...overrides };
  const problems: PasswordPolicyProblem[] = [];
  const { min, max } = PASSWORD_LENGTH_LIMITS;
  if (!Number.isInteger(policy.minLength) || policy.minLength < min || policy.minLength > max) {
    problems.push({ field: 'minLength', message: `Minimum length must be a whole number from ${min} to ${max}` });
  }
  if (!Number.isInteger(policy.maxLength) || policy.maxLength < min || policy.maxLength > max) {
    problems.push({ field: 'maxLength', message: `Maximum length must be a whole number from ${min} to ${max}` });
  } else if (policy.maxLength < policy.minLength) {
    problems.push({ field: 'maxLength', message: 'Maximum length cannot be below the minimum length' });
  }
  if (policy.requireSpecial && policy.specialCharacters.length === 0) {
    problems.push({ field: 'specialCharacters', message: 'List at least one special character, or stop requiring one' });
  }
  if (/[\p{L}\p{N}\s]/u.test(policy.specialCharacters)) {
    problems.push({ field: 'specialCharacters', message: 'Special characters cannot include letters, digits or spaces' });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, policy };
}
