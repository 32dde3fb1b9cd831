import type { PasswordFailure } from '@access/domain';
import { BadUserInputError, ConflictError } from '../../kernel/errors.js';

export const usernameTaken = (username: string) =>
  new BadUserInputError('username', `The username "${username}" is already taken in this organisation`, { reason: 'USERNAME_TAKEN' });

export const emailTaken = (email: string) =>
  new BadUserInputError('email', `Another user already has the email address ${email}`, { reason: 'EMAIL_TAKEN' });

export const usernameLocked = () =>
  new BadUserInputError('username', 'The username is set when the user is created and cannot be changed', { reason: 'USERNAME_LOCKED' });

export const staleVersion = (current: number) =>
  new ConflictError('Someone else changed this user while you were editing. Reload to see their changes, then edit again.', {
    reason: 'STALE_VERSION',
    currentVersion: current,
  });

export const passwordRejected = (field: string, failures: readonly PasswordFailure[]) =>
  new BadUserInputError(field, failures.map((failure) => failure.message).join('. '), {
    reason: 'PASSWORD_POLICY',
    failures: failures.map((failure) => ({ rule: failure.rule, message: failure.message })),
  });

export const passwordsDiffer = () =>
  new BadUserInputError('confirmation', 'The two passwords do not match', { reason: 'PASSWORD_MISMATCH' });

export const lockoutRefused = (what: string) =>
  new ConflictError(
    `${what} would leave nobody active who can manage users and roles, and the organisation would lock itself out`,
    { reason: 'LAST_ADMINISTRATOR' },
  );

export const identityManagedExternally = (field: string) =>
  new BadUserInputError(field, 'This user signs in through the identity provider, which manages their identity fields', {
    reason: 'MANAGED_BY_IDENTITY_PROVIDER',
  });
