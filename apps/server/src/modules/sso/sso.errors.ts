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
  /** The organisation does not sign in through a provider (unknown, suspended, or using passwords). */
  SSO_NOT_ENABLED: 'SSO_NOT_ENABLED',
  /** The callback matches no sign-in this browser started, or one already completed or expired. */
  ATTEMPT_INVALID: 'ATTEMPT_INVALID',
  /** A first sign-in whose username or email already belongs to another account of the tenant. */
  ACCOUNT_EXISTS: 'ACCOUNT_EXISTS',
  /** The account exists but may not sign in (deactivated, deleted, on hold). */
  ACCOUNT_UNAVAILABLE: 'ACCOUNT_UNAVAILABLE',
  /** Nothing decides the user's role: no default role, and no role mapping matched. */
  NO_ROLE: 'NO_ROLE',
} as const;
export type SsoSignInReason = (typeof SsoSignInReason)[keyof typeof SsoSignInReason];

/**
 * A refused single sign-on. `detail` keeps the library's own words for the log; it stays out of
 * `extensions`, so a client learns the reason but not how our verification is put together.
 */
export class SsoSignInError extends AppError {
  readonly reason: SsoSignInReason;
  readonly detail: string | undefined;
  /** The organisation the attempt was for, once known, so the sign-in page can offer it again. */
  organisation: string | undefined;

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
