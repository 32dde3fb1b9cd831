import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import type { SuperAdminPrincipal } from '../auth/principal.js';
import { RequiresSuperAdmin } from '../../graphql/directives.js';
import { TenantType } from '../tenants/tenant.type.js';
import { enterTenant, leaveTenant } from './use-cases/enter-tenant.js';

const superAdmin = (context: Context) => context.principal as SuperAdminPrincipal;

@Resolver()
export class SuperAdminResolver {
  @RequiresSuperAdmin()
  @Mutation(() => TenantType, { description: 'Enters Super Admin Active mode in one tenant (audited).' })
  enterTenant(@Arg('tenantId', () => ID) tenantId: string, @Ctx() context: Context): Promise<TenantType> {
    return enterTenant(context.services.deps, superAdmin(context), tenantId, context.origin);
  }

  @RequiresSuperAdmin()
  @Mutation(() => Boolean, { description: 'Leaves Super Admin Active mode (audited); false when not in a tenant.' })
  leaveTenant(@Ctx() context: Context): Promise<boolean> {
    return leaveTenant(context.services.deps, superAdmin(context), context.origin);
  }
}
