import { AuthorizationResponseError, ClientError, ResponseBodyError } from 'openid-client';
import { SsoSignInError, SsoSignInReason } from './sso.errors.js';

/**
 * oauth4webapi's error codes, which openid-client passes through on `ClientError.code` without
 * exporting the constants.
 */
const LibraryCode = {
  INVALID_RESPONSE: 'OAUTH_INVALID_RESPONSE',
  JWT_CLAIM_COMPARISON: 'OAUTH_JWT_CLAIM_COMPARISON_FAILED',
  JWT_TIMESTAMP_CHECK: 'OAUTH_JWT_TIMESTAMP_CHECK_FAILED',
  KEY_SELECTION: 'OAUTH_KEY_SELECTION_FAILED',
} as const;

/**
 * openid-client wraps oauth4webapi's error, whose own `cause` says what was compared: `claim` for
 * a JWT claim, `expected` and `parameters` for the authorization response.
 */
function comparison(error: ClientError): { message: string; claim?: unknown; expected?: unknown; parameters?: unknown } {
  const inner = error.cause instanceof Error ? error.cause : error;
  const details = inner.cause !== null && typeof inner.cause === 'object' ? (inner.cause as Record<string, unknown>) : {};
  return { message: inner.message, claim: details.claim, expected: details.expected, parameters: details.parameters };
}

/** The library's words for the log. */
export function errorDetail(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  // fetch says only "fetch failed"; its cause says ECONNREFUSED, ENOTFOUND, a certificate problem...
  return error.cause instanceof Error ? `${error.message}: ${error.cause.message}` : error.message;
}

/**
 * What a failed `authorizationCodeGrant` means, read from the library's error classes and codes.
 * The state check and most id_token checks share the code INVALID_RESPONSE; only the state check
 * compares the callback's parameters with our state.
 */
export function signInFailure(error: unknown, expectedState: string): SsoSignInError {
  const refuse = (reason: SsoSignInReason, message: string, detail: string) => new SsoSignInError(reason, message, { detail, cause: error });

  if (error instanceof AuthorizationResponseError) {
    const detail = error.error_description ? `${error.error}: ${error.error_description}` : error.error;
    return new SsoSignInError(SsoSignInReason.PROVIDER_ERROR, 'The identity provider did not sign you in', {
      detail,
      cause: error,
      extensions: { providerError: error.error },
    });
  }
  if (error instanceof ResponseBodyError) {
    const detail = `${error.status} ${error.error}${error.error_description ? `: ${error.error_description}` : ''}`;
    return error.error === 'invalid_grant'
      ? refuse(SsoSignInReason.CODE_REJECTED, 'The identity provider refused this sign-in; it may have been used already. Start again.', detail)
      : refuse(SsoSignInReason.TOKEN_REQUEST_FAILED, 'The identity provider refused to finish the sign-in', detail);
  }
  if (error instanceof ClientError) {
    const compared = comparison(error);
    switch (error.code) {
      case LibraryCode.JWT_CLAIM_COMPARISON:
        return compared.claim === 'nonce'
          ? refuse(SsoSignInReason.NONCE_MISMATCH, 'The identity token belongs to another sign-in', compared.message)
          : refuse(SsoSignInReason.ID_TOKEN_INVALID, 'The identity token could not be verified', compared.message);
      case LibraryCode.JWT_TIMESTAMP_CHECK:
      case LibraryCode.KEY_SELECTION:
        return refuse(SsoSignInReason.ID_TOKEN_INVALID, 'The identity token could not be verified', compared.message);
      case LibraryCode.INVALID_RESPONSE:
        return compared.parameters instanceof URLSearchParams && compared.expected === expectedState
          ? refuse(SsoSignInReason.STATE_MISMATCH, 'This sign-in was not started here. Start again.', compared.message)
          : refuse(SsoSignInReason.ID_TOKEN_INVALID, 'The identity token could not be verified', compared.message);
    }
  }
  // Anything else went wrong talking to the token endpoint: a refused connection, a timeout, a 5xx.
  return refuse(SsoSignInReason.TOKEN_REQUEST_FAILED, 'The identity provider could not be reached to finish the sign-in', errorDetail(error));
}
