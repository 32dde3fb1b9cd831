import { describe, expect, it } from 'vitest';
import { ssoErrorMessage } from './sso-errors';

const REASONS = [
  'SSO_NOT_ENABLED', 'ATTEMPT_INVALID', 'STATE_MISMATCH', 'NONCE_MISMATCH', 'ID_TOKEN_INVALID', 'CODE_REJECTED', 'PROVIDER_ERROR',
  'CLAIM_MISSING', 'ACCOUNT_EXISTS', 'ACCOUNT_UNAVAILABLE', 'NO_ROLE', 'DISCOVERY_FAILED', 'TOKEN_REQUEST_FAILED', 'USERINFO_FAILED',
];

describe('ssoErrorMessage', () => {
  it('says each of the server’s reasons in a sentence of its own family, never the code', () => {
    const fallback = ssoErrorMessage('SSO_FAILED');
    for (const reason of REASONS) {
      const message = ssoErrorMessage(reason);
      expect(message, reason).not.toBe(fallback);
      expect(message, reason).not.toContain(reason);
      expect(message, reason).toMatch(/^[A-Z].*\.$/);
    }
    expect(ssoErrorMessage('STATE_MISMATCH')).toBe(ssoErrorMessage('NONCE_MISMATCH'));
    expect(ssoErrorMessage('DISCOVERY_FAILED')).toBe(ssoErrorMessage('TOKEN_REQUEST_FAILED'));
    expect(ssoErrorMessage('NO_ROLE')).not.toBe(ssoErrorMessage('ACCOUNT_UNAVAILABLE'));
  });

  it('reads an unknown or generic reason as a failure on our side', () => {
    expect(ssoErrorMessage('SSO_FAILED')).toMatch(/problem on our side/);
    expect(ssoErrorMessage('<script>')).toBe(ssoErrorMessage('SSO_FAILED'));
  });
});
