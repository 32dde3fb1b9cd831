import { BadUserInputError } from '../../../kernel/errors.js';
import type { Actor } from '../../audit/actor.js';
import type { UpdateUserInput } from '../dto/user.inputs.js';
import { assertUserAction } from '../user-state.js';
import { optionalText, optionalTimeZone, validEmail } from '../user-fields.js';
import { auditUserChange, changedFields, userSnapshot } from '../user-records.js';
import { lockManagedUser } from '../managed-user.js';
import type { UserEntity } from '../user.entity.js';
import { emailTaken, staleVersion, usernameLocked } from '../users.errors.js';
import { assertIdentityEditable, signInModeOf } from '../sign-in-mode.js';
import type { UseCaseDeps } from '../../use-case-deps.js';

const IDENTITY_FIELDS = ['email', 'firstName', 'lastName', 'phone', 'jobTitle', 'department', 'location'] as const;

/**
 * Edits profile fields and flags. The caller names the version it edited: if the user changed
 * since, the edit is refused (CONFLICT) rather than silently overwriting someone else's change.
 */
export function updateUser(deps: UseCaseDeps, actor: Actor, input: UpdateUserInput): Promise<string> {
  if (input.username !== undefined && input.username !== null) throw usernameLocked();
  return deps.dataSource.transaction(async (manager) => {
    const user = await lockManagedUser(manager, actor, input.id);
    assertUserAction(user, 'update');
    if (user.version !== input.version) throw staleVersion(user.version);
    const touched = IDENTITY_FIELDS.find((field) => input[field] !== undefined && input[field] !== user[field]);
    if (touched) assertIdentityEditable(await signInModeOf(deps, manager, actor.tenantId), user, touched);
    const before = userSnapshot(user);

    if (input.email !== undefined && input.email !== null) {
      const email = validEmail(input.email);
      if (email !== user.email) {
        const taken: unknown[] = await manager.query('SELECT 1 FROM user_account WHERE tenant_id = $1 AND email = $2 AND id <> $3', [
          actor.tenantId,
          email,
          user.id,
        ]);
        if (taken.length > 0) throw emailTaken(email);
        user.email = email;
      }
    }
    const text: Array<[keyof UserEntity & (typeof IDENTITY_FIELDS)[number], number]> = [
      ['firstName', 100],
      ['lastName', 100],
      ['phone', 50],
      ['jobTitle', 100],
      ['department', 100],
      ['location', 100],
    ];
    for (const [field, max] of text) {
      const value = optionalText(field, input[field], max);
      if (value !== undefined) (user[field] as string | null) = value;
    }
    const timeZone = optionalTimeZone('timeZone', input.timeZone);
    if (timeZone !== undefined) user.timeZone = timeZone;
    for (const flag of ['externalPlannerAccess', 'externalPurchasingAccess', 'twoFactorRequired'] as const) {
      const value = input[flag];
      if (value !== undefined && value !== null) user[flag] = value;
    }
    if (input.email === null) throw new BadUserInputError('email', 'Every user needs an email address');

    const changes = changedFields(before, userSnapshot(user));
    if (Object.keys(changes.after).length === 0) return user.id;
    user.version += 1;
    await manager.save(user);
    await auditUserChange(manager, actor, 'user.update', user, changes.before, changes.after);
    return user.id;
  });
}
