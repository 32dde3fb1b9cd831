import type { AuthDeps } from '../deps.js';
import type { Principal } from '../principal.js';

export async function logout(deps: AuthDeps, principal: Principal): Promise<void> {
  if (principal.sessionId) await deps.sessions.revoke(principal.sessionId, 'signed_out');
}
