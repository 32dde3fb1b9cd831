import { Field, ID, InputType, Int } from 'type-graphql';
import { AuthenticationModeEnum } from '../types/tenant-settings.type.js';

@InputType('UpdateTenantSettingsInput', { description: 'Only the settings given change; the rest keep their current value.' })
export class UpdateTenantSettingsInput {
  @Field(() => AuthenticationModeEnum, { nullable: true })
  authenticationMode?: AuthenticationModeEnum | null;

  @Field(() => Boolean, { nullable: true })
  externalAuthorization?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  localPasswordFallback?: boolean | null;

  @Field(() => ID, { nullable: true })
  defaultRoleId?: string | null;

  @Field(() => Boolean, { nullable: true })
  twoFactorRequiredForAll?: boolean | null;

  @Field(() => Int, { nullable: true })
  lockoutMaxFailures?: number | null;

  @Field(() => Int, { nullable: true })
  lockoutSeconds?: number | null;

  @Field(() => Int, { nullable: true })
  lockoutMaxSeconds?: number | null;

  @Field(() => Int, { nullable: true })
  sessionLifetimeDays?: number | null;

  @Field(() => Int, { nullable: true })
  accessTokenTtlSeconds?: number | null;

  @Field(() => String, { nullable: true, description: 'An IANA time zone such as Europe/Amsterdam.' })
  timeZone?: string | null;
}
