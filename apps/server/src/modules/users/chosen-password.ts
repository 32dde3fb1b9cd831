import { hashPassword } from '../auth/password-hashing.js';
import type { UserEntity } from './user.entity.js';

/**
 * Stores a password the user chose themselves (first sign-in, link, self-service change): no
 * longer temporary, nothing left to change, the account counts as activated. The caller saves.
 */
export async function applyChosenPassword(user: UserEntity, password: string): Promise<void> {
  user.passwordHash = await hashPassword(password);
  user.passwordIsTemporary = false;
  user.temporaryPasswordUsedAt = null;
  user.passwordChangeRequired = false;
  user.activatedAt ??= new Date();
  user.version += 1;
}
