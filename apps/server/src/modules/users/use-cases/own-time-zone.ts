import type { Actor } from '../../audit/actor.js';
import type { UseCaseDeps } from '../../use-case-deps.js';
import { UserEntity } from '../user.entity.js';
import { optionalTimeZone } from '../user-fields.js';
import { auditUserChange } from '../user-records.js';

/**
 * A person chooses the zone they read times in, or goes back to the organisation's (null or "").
 * Needs no permission over users: it is their own display preference. Audited like a profile edit.
 */
export function setOwnTimeZone(deps: UseCaseDeps, actor: Actor, userId: string, raw: string | null): Promise<void> {
  const timeZone = optionalTimeZone('timeZone', raw) ?? null;
  return deps.dataSource.transaction(async (manager) => {
    const user = await manager.findOneOrFail(UserEntity, { where: { id: userId, tenantId: actor.tenantId }, lock: { mode: 'pessimistic_write' } });
    if (user.timeZone === timeZone) return;
    const before = { timeZone: user.timeZone };
    user.timeZone = timeZone;
    user.version += 1;
    await manager.save(user);
    await auditUserChange(manager, actor, 'user.update', user, before, { timeZone });
  });
}
