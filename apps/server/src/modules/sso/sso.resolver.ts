import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Public, RequiresPermission } from '../../graphql/directives.js';
import { actorOf } from '../audit/actor.js';
import { requireTenant } from '../auth/principal.js';
import { UpdateSsoConfigurationInput } from './dto/provider-configuration.inputs.js';
import { signInOptions } from './queries/sign-in-options.js';
import { getSsoConfiguration } from './queries/provider-configuration.js';
import { SignInOptionsType, SsoConfigurationType, SsoConnectionReportType } from './types/provider-configuration.type.js';
import { testSsoConnection } from './use-cases/test-sso-connection.js';
import { removeSsoConfiguration, updateSsoConfiguration } from './use-cases/update-sso-configuration.js';

@Resolver()
export class SsoResolver {
  @Public()
  @Query(() => SignInOptionsType, { description: 'How people of an organisation sign in: with a password, through its identity provider, or both.' })
  signInOptions(@Arg('organisation', () => String) organisation: string, @Ctx() context: Context): Promise<SignInOptionsType> {
    return signInOptions(context.services.deps, organisation);
  }

  @RequiresPermission('tenant.settings.read')
  @Query(() => SsoConfigurationType, { nullable: true, description: "The organisation's OpenID provider, if one is configured (never its client secret)." })
  ssoConfiguration(@Ctx() context: Context): Promise<SsoConfigurationType | null> {
    return getSsoConfiguration(context.dataSource, requireTenant(context.principal), context.services.deps.appUrl);
  }

  @RequiresPermission('tenant.sso.manage')
  @Mutation(() => SsoConfigurationType, { description: 'Saves the OpenID provider (audited; the client secret is stored encrypted).' })
  updateSsoConfiguration(@Arg('input', () => UpdateSsoConfigurationInput) input: UpdateSsoConfigurationInput, @Ctx() context: Context): Promise<SsoConfigurationType> {
    return updateSsoConfiguration(context.services.deps, actorOf(context.principal, context.origin), input);
  }

  @RequiresPermission('tenant.sso.manage')
  @Mutation(() => Boolean, { description: 'Removes the OpenID provider; refused while people sign in through it. False when none was set.' })
  removeSsoConfiguration(@Ctx() context: Context): Promise<boolean> {
    return removeSsoConfiguration(context.services.deps, actorOf(context.principal, context.origin));
  }

  @RequiresPermission('tenant.sso.manage')
  @Mutation(() => SsoConnectionReportType, {
    description: "Fetches the provider's discovery document and key set (the given issuer, or the saved one) and reports what they hold.",
  })
  testSsoConnection(@Arg('issuerUrl', () => String, { nullable: true }) issuerUrl: string | null, @Ctx() context: Context): Promise<SsoConnectionReportType> {
    return testSsoConnection(context.services.deps, requireTenant(context.principal), issuerUrl);
  }
}
