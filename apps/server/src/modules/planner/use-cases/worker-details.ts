import type { EntityManager } from 'typeorm';
import { assertMayActOnUser } from '../../access/delegation-guard.js';
import type { Actor } from '../../audit/actor.js';
import type { UseCaseDeps } from '../../use-case-deps.js';
import type { UserEntity } from '../../users/user.entity.js';
import { identityManagedExternally } from '../../users/users.errors.js';
import type { WorkerDetailsInput } from '../dto/worker-profile.inputs.js';
import { optionalNote, requiredText } from '../input-checks.js';
import { auditWorkerChange, lockPlannerUser, profileOf } from '../records.js';

type Details = Record<'firstName' | 'lastName' | 'phone' | 'address' | 'emergencyContactName' | 'emergencyContactPhone', string | null>;

/**
 * Writes a worker's details for the admin side and the portal alike. There is no version check:
 * the latest write wins, and both sides bump the user's version and leave an audit entry with
 * before and after, so nothing is lost silently.
 */
export async function writeWorkerDetails(manager: EntityManager, actor: Actor, user: UserEntity, input: WorkerDetailsInput): Promise<void> {
  const next: Details = {
    firstName: requiredText('firstName', input.firstName, 100),
    lastName: requiredText('lastName', input.lastName, 100),
    phone: optionalNote('phone', input.phone, 50),
    address: optionalNote('address', input.address, 300),
    emergencyContactName: optionalNote('emergencyContactName', input.emergencyContactName, 200),
    emergencyContactPhone: optionalNote('emergencyContactPhone', input.emergencyContactPhone, 50),
  };
  if (user.origin === 'sso') {
    if (next.firstName !== user.firstName) throw identityManagedExternally('firstName');
    if (next.lastName !== user.lastName) throw identityManagedExternally('lastName');
  }
  const profile = await profileOf(manager, user);
  const before: Details = {
    firstName: user.firstName,
    lastName: user.lastName,
    phone: user.phone,
    address: profile.address,
    emergencyContactName: profile.emergencyContactName,
    emergencyContactPhone: profile.emergencyContactPhone,
  };
  Object.assign(user, { firstName: next.firstName, lastName: next.lastName, phone: next.phone, version: user.version + 1 });
  Object.assign(profile, {
    address: next.address,
    emergencyContactName: next.emergencyContactName,
    emergencyContactPhone: next.emergencyContactPhone,
    detailsUpdatedAt: new Date(),
    detailsUpdatedBy: actor.label,
  });
  await manager.save(user);
  await manager.save(profile);
  await auditWorkerChange(manager, actor, 'planner.details.update', user, before, next);
}

export function updateWorkerDetails(deps: UseCaseDeps, actor: Actor, userId: string, input: WorkerDetailsInput): Promise<string> {
  return deps.dataSource.transaction(async (manager) => {
    const user = await lockPlannerUser(manager, actor.tenantId, userId);
    // Names and phone are the account's identity: an internal planner user may hold more than the scheduler.
    await assertMayActOnUser(manager, actor, user);
    await writeWorkerDetails(manager, actor, user, input);
    return user.id;
  });
}
