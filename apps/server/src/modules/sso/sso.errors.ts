import { AppError, ErrorCode } from '../../kernel/errors.js';

/** Why a single sign-on attempt was refused: the stable values the SPA and the audit log switch on. */
export const SsoSignInReason = {
  /** The issuer could not be discovered: unreachable, not an OpenID provider, or plain http off this machine. */
  DISCOVERY_FAILED: 'DISCOVERY_FAILED',
  /** The provider itself answered the sign-in with `error=` (the user cancelled, the client is not allowed...). */
  PROVIDER_ERROR: 'PROVIDER_ERROR',
  /** The callback's `state` is not the one this browser was sent off with: a forged or crossed callback. */
  STATE_MISMATCH: 'STATE_MISMATCH',
  /** The token endpoint refused the code: used twice, expired, or not bound to this PKCE verifier. */
  CODE_REJECTED: 'CODE_REJECTED',
  /** The token endpoint could not be reached, or refused this client. */
  TOKEN_REQUEST_FAILED: 'TOKEN_REQUEST_FAILED',
  /** The id_token failed verification: signature, audience, issuer, expiry, or its shape. */
  ID_TOKEN_INVALID: 'ID_TOKEN_INVALID',
  /** The id_token's nonce is not this sign-in's: a token minted for another attempt, replayed here. */
  NONCE_MISMATCH: 'NONCE_MISMATCH',
  USERINFO_FAILED: 'USERINFO_FAILED',
  /** The provider proved who signed in but left out a claim we need to find or create the user. */
  CLAIM_MISSING: 'CLAIM_MISSING',
} as const;
export type SsoSignInReason = (typeof SsoSignInReason)[keyof typeof SsoSignInReason];

/**
 * A refused single sign-on. `detail` keeps the library's own words for the log; it stays out of
 * `extensions`, so a client learns the reason but not how our verification is put together.
 */
export class SsoSignInError extends AppError {
  readonly reason: SsoSignInReason;
  readonly detail: string | undefined;

  constructor(reason: SsoSignInReason, message: string, options: { detail?: string; cause?: unknown; extensions?: Record<string, unknown> } = {}) {
    super(ErrorCode.UNAUTHENTICATED, message, { ...options.extensions, reason });
    this.name = 'SsoSignInError';
    this.reason = reason;
    this.detail = options.detail;
    if (options.cause !== undefined) this.cause = options.cause;
  }
}

export const claimMissing = (claim: string, problem: 'missing' | 'invalid' = 'missing') =>
  new SsoSignInError(
    SsoSignInReason.CLAIM_MISSING,
    problem === 'missing'
      ? `The identity provider did not send the "${claim}" claim, which signing in needs`
      : `The identity provider sent a "${claim}" claim that is not usable`,
    { extensions: { claim } },
  );
