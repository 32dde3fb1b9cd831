import { resolvePasswordPolicy, type PasswordPolicy } from '@access/domain';
import { BadUserInputError } from '../../../kernel/errors.js';
import type { Actor } from '../../audit/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import type { UseCaseDeps } from '../../use-case-deps.js';
import { passwordPolicyOf } from '../../users/user-records.js';
import type { PasswordPolicyInput } from '../password-policy.type.js';
import { lockTenant } from '../tenant-records.js';

/** Changes the tenant's password policy; the domain checks the combination makes sense. */
export function updatePasswordPolicy(deps: UseCaseDeps, actor: Actor, input: PasswordPolicyInput): Promise<PasswordPolicy> {
  return deps.dataSource.transaction(async (manager) => {
    const tenant = await lockTenant(manager, actor.tenantId);
    const before = passwordPolicyOf(tenant);
    const changes = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== null && value !== undefined));
    const resolved = resolvePasswordPolicy({ ...before, ...changes });
    if (!resolved.ok) {
      const [first] = resolved.problems;
      throw new BadUserInputError(`policy.${first!.field}`, resolved.problems.map((problem) => problem.message).join('. '), {
        reason: 'PASSWORD_POLICY_INVALID',
        problems: resolved.problems.map((problem) => ({ field: problem.field, message: problem.message })),
      });
    }
    tenant.passwordPolicy = { ...resolved.policy };
    await manager.save(tenant);
    await recordAudit(manager, actor, {
      action: 'tenant.update_password_policy',
      targetType: 'tenant',
      targetId: tenant.id,
      targetLabel: tenant.name,
      before: { ...before },
      after: { ...resolved.policy },
    });
    return resolved.policy;
  });
}
