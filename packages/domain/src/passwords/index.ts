export {
  DEFAULT_PASSWORD_POLICY,
  PASSWORD_LENGTH_LIMITS,
  resolvePasswordPolicy,
  type PasswordPolicy,
  type PasswordPolicyProblem,
  type PolicyResult,
} from './policy.js';
export {
  checkPassword,
  isCommonPassword,
  type PasswordCheck,
  type PasswordContext,
  type PasswordFailure,
  type PasswordRule,
} from './check-password.js';
export { COMMON_PASSWORDS } from './common-passwords.js';
