import { SYSTEM_ROLES } from '@access/domain';
import type { EntityManager } from 'typeorm';
import { ConflictError } from '../../../kernel/errors.js';
import type { Actor } from '../../audit/actor.js';
import { RoleEntity } from '../../roles/role.entity.js';
import type { UseCaseDeps } from '../../use-case-deps.js';
import { insertUser } from '../../users/use-cases/create-user.js';
import { validEmail } from '../../users/user-fields.js';
import { UserOriginEnum } from '../../users/types/user.type.js';
import { emailTaken } from '../../users/users.errors.js';
import type { AddExternalPlannerUserInput } from '../dto/worker.inputs.js';
import { requiredText } from '../input-checks.js';

/**
 * The tenant's Worker system role. A tenant created before the role shipped gets it now, exactly
 * as the product defines it (no admin permissions), rather than the worker landing in some other role.
 */
async function workerRole(manager: EntityManager, tenantId: string): Promise<RoleEntity> {
  const spec = SYSTEM_ROLES.worker;
  const existing = await manager.findOneBy(RoleEntity, { tenantId, name: spec.name });
  if (existing?.isSystem) return existing;
  if (existing) {
    throw new ConflictError(`A custom role is called "${spec.name}", so the built-in Worker role cannot be set up; rename that role first`, {
      reason: 'WORKER_ROLE_NAME_TAKEN',
    });
  }
  const role = await manager.save(manager.create(RoleEntity, { tenantId, name: spec.name, isSystem: true }));
  // Cached access models are keyed by this version; a new role is an access change.
  await manager.query('UPDATE tenant SET access_version = access_version + 1 WHERE id = $1', [tenantId]);
  return role;
}

/** Usernames allow fewer characters than emails ("+" for one), so those become dots; a clash gets a number. */
async function usernameFor(manager: EntityManager, tenantId: string, email: string): Promise<string> {
  const base = email.replace(/[^a-z0-9._@-]/g, '.').replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '').slice(0, 94);
  const taken = new Set(
    (
      await manager.query<Array<{ username: string }>>(
        "SELECT lower(username) AS username FROM user_account WHERE tenant_id = $1 AND lower(username) LIKE $2 || '%'",
        [tenantId, base],
      )
    ).map((row) => row.username),
  );
  if (!taken.has(base)) return base;
  for (let suffix = 2; ; suffix++) if (!taken.has(`${base}-${suffix}`)) return `${base}-${suffix}`;
}

/** An external worker in the holding state: Worker role, planner and portal access on, no email until Activate & Invite. */
export function addExternalPlannerUser(deps: UseCaseDeps, actor: Actor, input: AddExternalPlannerUserInput): Promise<string> {
  const firstName = requiredText('firstName', input.firstName, 100);
  const lastName = requiredText('lastName', input.lastName, 100);
  const email = validEmail(input.email);
  return deps.dataSource.transaction(async (manager) => {
    const [clash] = await manager.query<Array<{ id: string }>>('SELECT id FROM user_account WHERE tenant_id = $1 AND email = $2', [actor.tenantId, email]);
    if (clash) throw emailTaken(email);
    const role = await workerRole(manager, actor.tenantId);
    const user = await insertUser(deps, manager, actor, {
      username: await usernameFor(manager, actor.tenantId, email),
      email,
      firstName,
      lastName,
      origin: UserOriginEnum.EXTERNAL,
      roleId: role.id,
      externalPlannerAccess: true,
      portalAccess: true,
      holdInvite: true,
    });
    return user.id;
  });
}
