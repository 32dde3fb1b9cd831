import { BadUserInputError, NotFoundError } from '../../kernel/errors.js';

export const GROUP_NAME_MAX = 100;

export const groupNameTaken = (name: string) =>
  new BadUserInputError('name', `An approval group named "${name}" already exists`, { reason: 'APPROVAL_GROUP_NAME_TAKEN' });

export const userInactive = (field: string, name: string) =>
  new BadUserInputError(field, `${name} is deactivated: only active users approve`, { reason: 'USER_INACTIVE' });

export const notAMember = (name: string) => new NotFoundError(`${name} in this group`, { field: 'userId', reason: 'NOT_A_MEMBER' });

export const sameDelegatorAndDelegate = () =>
  new BadUserInputError('delegateId', 'Choose someone else to approve in their place', { reason: 'DELEGATE_IS_DELEGATOR' });

export const endsBeforeStarts = () => new BadUserInputError('endsOn', 'The last day cannot be before the first', { reason: 'ENDS_BEFORE_STARTS' });

export const endedAlready = () => new BadUserInputError('endsOn', 'This delegation would be over already: end it today or later', { reason: 'ENDED_ALREADY' });

export const delegationOverlaps = (name: string, startsOn: string, endsOn: string) =>
  new BadUserInputError('startsOn', `${name} is already delegated from ${startsOn} to ${endsOn}: one delegation at a time`, {
    reason: 'HOLIDAY_DELEGATION_OVERLAPS',
  });

/** Trimmed, inner whitespace collapsed, 1 to 100 characters. */
export function validGroupName(raw: string): string {
  const name = raw.trim().replace(/\s+/g, ' ');
  if (name.length === 0) throw new BadUserInputError('name', 'Enter a group name');
  if (name.length > GROUP_NAME_MAX) throw new BadUserInputError('name', `Keep the group name within ${GROUP_NAME_MAX} characters`);
  return name;
}
