import type { EntityManager } from 'typeorm';
import { generateTemporaryPassword } from '../../auth/temporary-password.js';
import { hashPassword } from '../../auth/password-hashing.js';
import { temporaryPasswordEmail, type TemporaryPasswordReason } from '../../mail/templates.js';
import { displayName } from '../display-name.js';
import { passwordPolicyOf, tenantOf } from '../user-records.js';
import type { UserEntity } from '../user.entity.js';
import type { UseCaseDeps } from '../../use-case-deps.js';

/**
 * Gives the user a fresh temporary password (one sign-in, then they must choose their own) and
 * emails it. The caller saves the user and audits; the password itself is never stored or logged.
 */
export async function sendTemporaryPassword(
  deps: UseCaseDeps,
  manager: EntityManager,
  user: UserEntity,
  reason: TemporaryPasswordReason = 'released',
): Promise<void> {
  const tenant = await tenantOf(manager, user.tenantId);
  const password = generateTemporaryPassword(passwordPolicyOf(tenant));
  user.passwordHash = await hashPassword(password);
  user.passwordIsTemporary = true;
  user.temporaryPasswordUsedAt = null;
  user.passwordChangeRequired = true;
  await deps.mailer.send(
    temporaryPasswordEmail(
      { id: user.id, tenantId: user.tenantId, email: user.email, name: displayName(user), username: user.username },
      { name: tenant.name, slug: tenant.slug },
      password,
      // External workers have the worker portal only; everyone else starts in the admin app.
      `${deps.appUrl}${user.origin === 'external' ? '/portal/login' : '/login'}`,
      reason,
    ),
    manager,
  );
}
