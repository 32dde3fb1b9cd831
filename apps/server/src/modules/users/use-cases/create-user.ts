import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { assertMayAssignRole } from '../../access/delegation-guard.js';
import { BadUserInputError, NotFoundError } from '../../../kernel/errors.js';
import { isUuid } from '../../../kernel/ids.js';
import type { Actor } from '../../audit/actor.js';
import { RoleEntity } from '../../roles/role.entity.js';
import type { CreateUserInput } from '../dto/user.inputs.js';
import { optionalText, validEmail, validUsername } from '../user-fields.js';
import { auditUserChange, userSnapshot } from '../user-records.js';
import { UserEntity } from '../user.entity.js';
import { UserOriginEnum } from '../types/user.type.js';
import { emailTaken, usernameTaken } from '../users.errors.js';
import type { UseCaseDeps } from '../../use-case-deps.js';
import { sendTemporaryPassword } from './send-temporary-password.js';
import { assertUsersCreatedHere, signInModeOf } from '../sign-in-mode.js';

/**
 * Creates an internal or external user. Internal users start in introduction mode unless told
 * otherwise; without Hold Invite the temporary password is emailed in the same transaction.
 */
export function createUser(deps: UseCaseDeps, actor: Actor, input: CreateUserInput): Promise<string> {
  return deps.dataSource.transaction(async (manager) => (await insertUser(deps, manager, actor, input)).id);
}

/** The body of createUser inside the caller's transaction (import creates many in one). */
export async function insertUser(deps: UseCaseDeps, manager: EntityManager, actor: Actor, input: CreateUserInput): Promise<UserEntity> {
  if (input.origin === UserOriginEnum.SSO) {
    throw new BadUserInputError('origin', 'Single sign-on users are created by the identity provider at their first sign-in');
  }
  const username = validUsername(input.username);
  const email = validEmail(input.email);
  const external = input.origin === UserOriginEnum.EXTERNAL;
  if (!isUuid(input.roleId)) throw new NotFoundError('Role');

  assertUsersCreatedHere(await signInModeOf(deps, manager, actor.tenantId), input.origin === UserOriginEnum.EXTERNAL ? 'external' : 'internal');
  const role = await manager.findOneBy(RoleEntity, { id: input.roleId, tenantId: actor.tenantId });
  if (!role) throw new NotFoundError('Role');
  await assertMayAssignRole(manager, actor, null, role.id, 'Creating a user with this role');
  const clash: Array<{ username: string; email: string }> = await manager.query(
    'SELECT username, email FROM user_account WHERE tenant_id = $1 AND (lower(username) = lower($2) OR email = $3)',
    [actor.tenantId, username, email],
  );
  if (clash.some((row) => row.username.toLowerCase() === username.toLowerCase())) throw usernameTaken(username);
  if (clash.some((row) => row.email === email)) throw emailTaken(email);

  const user = manager.create(UserEntity, {
    // Chosen here rather than by the insert: the temporary password mail below names its recipient.
    id: randomUUID(),
    tenantId: actor.tenantId,
    username,
    email,
    firstName: optionalText('firstName', input.firstName, 100) ?? null,
    lastName: optionalText('lastName', input.lastName, 100) ?? null,
    phone: optionalText('phone', input.phone, 50) ?? null,
    jobTitle: optionalText('jobTitle', input.jobTitle, 100) ?? null,
    department: optionalText('department', input.department, 100) ?? null,
    location: optionalText('location', input.location, 100) ?? null,
    origin: input.origin,
    roleId: role.id,
    externalPlannerAccess: input.externalPlannerAccess ?? false,
    externalPurchasingAccess: input.externalPurchasingAccess ?? false,
    portalAccess: input.portalAccess ?? external,
    twoFactorRequired: input.twoFactorRequired ?? false,
    holdInvite: input.holdInvite ?? !external,
    isActive: true,
    passwordHash: null,
  });
  if (!user.holdInvite) await sendTemporaryPassword(deps, manager, user);
  await manager.save(user);
  await auditUserChange(manager, actor, 'user.create', user, null, { ...userSnapshot(user), temporaryPasswordSent: !user.holdInvite });
  return user;
}
