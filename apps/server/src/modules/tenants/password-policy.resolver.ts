import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { requireTenant } from '../auth/principal.js';
import type { Context } from '../../graphql/context.js';
import { Authenticated, RequiresPermission } from '../../graphql/directives.js';
import { actorOf } from '../audit/actor.js';
import { PasswordPolicyInput, PasswordPolicyType } from './password-policy.type.js';
import { getPasswordPolicy } from './queries/password-policy.js';
import { updatePasswordPolicy } from './use-cases/update-password-policy.js';

@Resolver()
export class PasswordPolicyResolver {
  @Authenticated({ allowPendingPasswordChange: true })
  @Query(() => PasswordPolicyType, {
    description: "Your organisation's password rules, so forms can check a password as it is typed (the server checks again).",
  })
  passwordPolicy(@Ctx() context: Context): Promise<PasswordPolicyType> {
    return getPasswordPolicy(context.dataSource, requireTenant(context.principal));
  }

  @RequiresPermission('tenant.settings.update')
  @Mutation(() => PasswordPolicyType, { description: 'Changes the password rules; an impossible combination is refused.' })
  updatePasswordPolicy(@Arg('input', () => PasswordPolicyInput) input: PasswordPolicyInput, @Ctx() context: Context): Promise<PasswordPolicyType> {
    return updatePasswordPolicy(context.services.deps, actorOf(context.principal, context.origin), input);
  }
}
