import type { Actor } from '../../audit/actor.js';
import { accountKey } from '../../auth/login-throttle.js';
import { auditUserChange } from '../user-records.js';
import { lockManagedUser } from '../managed-user.js';
import type { UseCaseDeps } from '../../use-case-deps.js';

/** Lifts a temporary sign-in lockout before it expires by itself. */
export function clearSignInLockout(deps: UseCaseDeps, actor: Actor, id: string): Promise<string> {
  return deps.dataSource.transaction(async (manager) => {
    const user = await lockManagedUser(manager, actor, id);
    const [row]: Array<{ locked_until: Date | null; failures: number }> = await manager.query(
      'SELECT locked_until, failures FROM login_throttle WHERE key = $1',
      [accountKey.user(user.id)],
    );
    if (!row || (row.failures === 0 && !row.locked_until)) return user.id;
    await manager.query('UPDATE login_throttle SET failures = 0, locked_until = NULL, updated_at = now() WHERE key = $1', [accountKey.user(user.id)]);
    await auditUserChange(manager, actor, 'user.clear_sign_in_lockout', user, { failures: row.failures, lockedUntil: row.locked_until?.toISOString() ?? null }, { failures: 0, lockedUntil: null });
    return user.id;
  });
}
