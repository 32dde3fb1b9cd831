import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { RequiresSuperAdmin } from '../../graphql/directives.js';
import { platformActorOf } from '../audit/actor.js';
import type { SuperAdminPrincipal } from '../auth/principal.js';
import { CreateTenantInput, TenantFilterInput } from './dto/tenant.inputs.js';
import { listTenants } from './queries/tenants.js';
import { TenantType } from './tenant.type.js';
import { createTenant } from './use-cases/create-tenant.js';
import { reactivateTenant, renameTenant, suspendTenant } from './use-cases/change-tenant.js';

const platformActor = (context: Context) => platformActorOf(context.principal as SuperAdminPrincipal, context.origin);

/** The platform console: onboarding and suspending customer organisations. */
@Resolver()
export class TenantsResolver {
  @RequiresSuperAdmin()
  @Query(() => [TenantType], { description: 'Every tenant on the platform, by name.' })
  tenants(@Arg('filter', () => TenantFilterInput, { nullable: true }) filter: TenantFilterInput | null, @Ctx() context: Context): Promise<TenantType[]> {
    return listTenants(context.dataSource, filter ?? {});
  }

  @RequiresSuperAdmin()
  @Mutation(() => TenantType, {
    description: "Creates a tenant with the product's system roles and invites its first administrator by mail (audited on the platform trail).",
  })
  createTenant(@Arg('input', () => CreateTenantInput) input: CreateTenantInput, @Ctx() context: Context): Promise<TenantType> {
    return createTenant(context.services.deps, platformActor(context), input);
  }

  @RequiresSuperAdmin()
  @Mutation(() => TenantType, { description: 'Changes the display name; the sign-in name (slug) never changes.' })
  renameTenant(@Arg('id', () => ID) id: string, @Arg('name', () => String) name: string, @Ctx() context: Context): Promise<TenantType> {
    return renameTenant(context.services.deps, platformActor(context), id, name);
  }

  @RequiresSuperAdmin()
  @Mutation(() => TenantType, { description: "Suspends a tenant: its users cannot sign in and their sessions and API tokens are refused at once. Nothing is deleted." })
  suspendTenant(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String, { nullable: true, description: 'Recorded on the platform audit trail.' }) reason: string | null,
    @Ctx() context: Context,
  ): Promise<TenantType> {
    return suspendTenant(context.services.deps, platformActor(context), id, reason);
  }

  @RequiresSuperAdmin()
  @Mutation(() => TenantType, { description: 'Lifts a suspension: everything of the tenant works as before.' })
  reactivateTenant(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<TenantType> {
    return reactivateTenant(context.services.deps, platformActor(context), id);
  }
}
