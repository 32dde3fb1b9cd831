import type { Actor } from '../../audit/actor.js';
import { revokeUserSessions } from '../../sessions/sessions.service.js';
import { auditUserChange } from '../user-records.js';
import { lockManagedUser } from '../managed-user.js';
import type { UseCaseDeps } from '../../use-case-deps.js';

/** An admin ends all of a user's sessions (a lost laptop, say): their next request is refused. */
export function revokeAllSessions(deps: UseCaseDeps, actor: Actor, id: string): Promise<string> {
  return deps.dataSource.transaction(async (manager) => {
    const user = await lockManagedUser(manager, actor, id);
    const revoked = await revokeUserSessions(manager, user.id, 'revoked_by_admin');
    await auditUserChange(manager, actor, 'user.revoke_sessions', user, null, { sessionsEnded: revoked });
    return user.id;
  });
}
