import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { RequiresPermission } from '../../graphql/directives.js';
import { actorOf } from '../audit/actor.js';
import { requireTenant } from '../auth/principal.js';
import { UpdateTenantSettingsInput } from './dto/tenant-settings.input.js';
import { getTenantSettings } from './queries/tenant-settings.js';
import { TenantSettingsType } from './types/tenant-settings.type.js';
import { updateTenantSettings } from './use-cases/update-tenant-settings.js';

@Resolver()
export class TenantSettingsResolver {
  @RequiresPermission('tenant.settings.read')
  @Query(() => TenantSettingsType, { description: "The organisation's sign-in and security settings, with the platform defaults they fall back to." })
  tenantSettings(@Ctx() context: Context): Promise<TenantSettingsType> {
    return getTenantSettings(context.dataSource, requireTenant(context.principal), context.services.deps.platformDefaults);
  }

  @RequiresPermission('tenant.settings.update')
  @Mutation(() => TenantSettingsType, { description: 'Changes the sign-in and security settings given; audited with before and after.' })
  updateTenantSettings(@Arg('input', () => UpdateTenantSettingsInput) input: UpdateTenantSettingsInput, @Ctx() context: Context): Promise<TenantSettingsType> {
    return updateTenantSettings(context.services.deps, actorOf(context.principal, context.origin), input);
  }
}
