import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { RequiresSuperAdmin } from '../../graphql/directives.js';
import { platformActorOf } from '../audit/actor.js';
import type { SuperAdminPrincipal } from '../auth/principal.js';
import { CreateSuperAdminInput } from './dto/super-admin.inputs.js';
import { listSuperAdmins } from './queries/super-admins.js';
import { SuperAdminType } from './super-admin.type.js';
import { createSuperAdmin, deactivateSuperAdmin, reactivateSuperAdmin } from './use-cases/accounts.js';

const platformActor = (context: Context) => platformActorOf(context.principal as SuperAdminPrincipal, context.origin);

/** The platform's operator accounts, audited on the platform trail. */
@Resolver()
export class SuperAdminAccountsResolver {
  @RequiresSuperAdmin()
  @Query(() => [SuperAdminType], { description: 'Every super admin account, active ones first.' })
  superAdmins(@Ctx() context: Context): Promise<SuperAdminType[]> {
    return listSuperAdmins(context.dataSource);
  }

  @RequiresSuperAdmin()
  @Mutation(() => SuperAdminType, { description: 'Creates a super admin account that must enrol an authenticator at its first sign-in.' })
  createSuperAdmin(@Arg('input', () => CreateSuperAdminInput) input: CreateSuperAdminInput, @Ctx() context: Context): Promise<SuperAdminType> {
    return createSuperAdmin(context.services.deps, platformActor(context), input);
  }

  @RequiresSuperAdmin()
  @Mutation(() => SuperAdminType, { description: 'Deactivates a super admin account and ends its sessions; the last active one is refused.' })
  deactivateSuperAdmin(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<SuperAdminType> {
    return deactivateSuperAdmin(context.services.deps, platformActor(context), id);
  }

  @RequiresSuperAdmin()
  @Mutation(() => SuperAdminType, { description: 'Lets a deactivated super admin account sign in again.' })
  reactivateSuperAdmin(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<SuperAdminType> {
    return reactivateSuperAdmin(context.services.deps, platformActor(context), id);
  }
}
