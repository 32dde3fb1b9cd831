/**
 * Where sign-in outcomes are counted (the /metrics endpoint). The use cases report each outcome
 * where it is already known: a session issued, a refusal audited with its reason.
 */
export interface SignInMeter {
  succeeded(): void;
  /** `reason` is one of the fixed refusal codes the audit log records (WRONG_PASSWORD, LOCKED_OUT, ...). */
  refused(reason: string): void;
  /** The attempt that locked an account. */
  lockedOut(): void;
}

export const uncountedSignIns: SignInMeter = {
  succeeded() {},
  refused() {},
  lockedOut() {},
};
