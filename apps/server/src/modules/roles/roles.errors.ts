import { BadUserInputError, ConflictError } from '../../kernel/errors.js';

export const roleNameTaken = (name: string) =>
  new BadUserInputError('name', `A role named "${name}" already exists`, { reason: 'ROLE_NAME_TAKEN' });

export const systemRoleLocked = (name: string, action: 'renamed' | 'deleted') =>
  new ConflictError(`"${name}" is a system role shipped with Access and cannot be ${action}`, { reason: 'SYSTEM_ROLE' });

export const roleInUse = (name: string, usersCount: number) =>
  new ConflictError(
    `${usersCount} ${usersCount === 1 ? 'user is' : 'users are'} still on "${name}": move ${usersCount === 1 ? 'them' : 'them all'} to another role first`,
    { reason: 'ROLE_IN_USE', usersCount },
  );

export const roleNotDeleted = (name: string) => new ConflictError(`"${name}" is not deleted`, { reason: 'ROLE_NOT_DELETED' });

export function validRoleName(raw: string): string {
  const name = raw.trim().replace(/\s+/g, ' ');
  if (name.length === 0) throw new BadUserInputError('name', 'Enter a role name');
  if (name.length > 100) throw new BadUserInputError('name', 'Keep the role name within 100 characters');
  return name;
}
