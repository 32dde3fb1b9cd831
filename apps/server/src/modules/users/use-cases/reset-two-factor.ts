import type { Actor } from '../../audit/actor.js';
import { TwoFactorService } from '../../two-factor/two-factor.service.js';
import { auditUserChange } from '../user-records.js';
import { lockManagedUser } from '../managed-user.js';
import type { UseCaseDeps } from '../../use-case-deps.js';

/** For a lost phone: removes the authenticator and recovery codes; with "2FA required" on, the next sign-in enrols anew. */
export function resetTwoFactor(deps: UseCaseDeps, actor: Actor, id: string): Promise<string> {
  return deps.dataSource.transaction(async (manager) => {
    const user = await lockManagedUser(manager, actor, id);
    if (!user.totpSecret && !user.totpEnabledAt) return user.id;
    await new TwoFactorService(deps.dataSource).reset(manager, { table: 'user_account', ownerColumn: 'user_id', id: user.id });
    user.totpSecret = null;
    user.totpEnabledAt = null;
    user.totpLastStep = null;
    user.version += 1;
    await manager.save(user);
    await auditUserChange(manager, actor, 'user.reset_two_factor', user, { twoFactorEnabled: true }, { twoFactorEnabled: false });
    return user.id;
  });
}
