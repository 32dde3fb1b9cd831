import { UnauthenticatedError } from '../../../kernel/errors.js';
import type { RequestOrigin } from '../../audit/audit-entry.entity.js';
import type { AuthDeps } from '../deps.js';
import type { LoginOutcome } from '../login-outcome.js';
import { signInSettingsFor } from '../sign-in-settings.js';
import { principalFor } from '../token-principal.js';

/** Exchanges the refresh cookie's token for a new one and a fresh access token. */
export async function refreshSession(deps: AuthDeps, refreshToken: string, origin: RequestOrigin): Promise<LoginOutcome & { kind: 'session' }> {
  const refreshed = await deps.sessions.refresh(refreshToken, origin);
  const principal = await principalFor(deps, refreshed.subject);
  if (!principal) {
    await deps.sessions.revoke(refreshed.sessionId, 'account_unavailable');
    throw new UnauthenticatedError('Your session has ended; sign in again');
  }
  const { token, expiresAt } = await deps.tokens.issue(refreshed.subject, (await signInSettingsFor(deps, refreshed.subject)).accessTokenTtlSeconds);
  return { kind: 'session', accessToken: token, expiresAt, principal, refresh: refreshed };
}
