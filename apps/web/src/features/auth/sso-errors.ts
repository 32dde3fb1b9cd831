/**
 * What the sign-in page says when the server sends a failed single sign-on back to it
 * (`/login?sso_error=<REASON>`): one sentence per kind of failure, in the person's terms. The
 * reasons are the server's SsoSignInReason values; an unknown one reads like SSO_FAILED.
 */
const MESSAGES: Record<string, string> = {
  SSO_NOT_ENABLED: 'This organisation does not sign in through an identity provider. Check the organisation name, or sign in with your password.',
  ATTEMPT_INVALID: 'This sign-in took too long or was already used. Please start again.',
  STATE_MISMATCH: 'This sign-in was not started on this page, so it was stopped for your safety. Please start again.',
  NONCE_MISMATCH: 'This sign-in was not started on this page, so it was stopped for your safety. Please start again.',
  PROVIDER_ERROR: 'Your identity provider did not sign you in. If you cancelled, start again; otherwise ask your administrator.',
  ID_TOKEN_INVALID: 'Access could not verify the answer of your identity provider. Please try again, or ask your administrator.',
  CODE_REJECTED: 'Access could not verify the answer of your identity provider. Please try again, or ask your administrator.',
  DISCOVERY_FAILED: 'Access could not reach your identity provider. Please try again in a moment, or ask your administrator.',
  TOKEN_REQUEST_FAILED: 'Access could not reach your identity provider. Please try again in a moment, or ask your administrator.',
  USERINFO_FAILED: 'Access could not reach your identity provider. Please try again in a moment, or ask your administrator.',
  CLAIM_MISSING: 'Your identity provider did not send the details Access needs, such as your email address. Ask your administrator.',
  ACCOUNT_EXISTS: 'An account with your username or email address already exists here and does not sign in through the identity provider. Ask your administrator.',
  ACCOUNT_UNAVAILABLE: 'Your account in this organisation is deactivated or on hold. Ask your administrator.',
  NO_ROLE: 'Your identity provider gave you no role in this organisation, so you cannot sign in yet. Ask your administrator.',
};

const FALLBACK = 'Single sign-on failed because of a problem on our side. Please try again in a moment.';

export function ssoErrorMessage(reason: string): string {
  return MESSAGES[reason] ?? FALLBACK;
}
