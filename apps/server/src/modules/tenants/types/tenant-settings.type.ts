import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { RoleType } from '../../roles/role.type.js';
import { PasswordPolicyType } from '../password-policy.type.js';

export enum AuthenticationModeEnum {
  INTERNAL = 'internal',
  OIDC = 'oidc',
}
registerEnumType(AuthenticationModeEnum, {
  name: 'AuthenticationMode',
  description: 'INTERNAL: passwords kept by Access. OIDC: people sign in through the tenant identity provider.',
});

@ObjectType('TenantSettingsDefaults', { description: "The platform's values, which apply wherever the tenant has not chosen its own." })
export class TenantSettingsDefaultsType {
  @Field(() => Int)
  lockoutMaxFailures: number;

  @Field(() => Int)
  lockoutSeconds: number;

  @Field(() => Int)
  lockoutMaxSeconds: number;

  @Field(() => Int)
  sessionLifetimeDays: number;

  @Field(() => Int)
  accessTokenTtlSeconds: number;
}

@ObjectType('TenantSettings', { description: "The organisation's sign-in and security settings." })
export class TenantSettingsType {
  @Field(() => AuthenticationModeEnum)
  authenticationMode: AuthenticationModeEnum;

  @Field(() => Boolean, { description: "With OIDC: each user's role follows the provider's role claim at every sign-in, and cannot be changed here." })
  externalAuthorization: boolean;

  @Field(() => Boolean, { description: 'With OIDC: users who already have a password may still sign in with it. Off by default.' })
  localPasswordFallback: boolean;

  @Field(() => RoleType, { nullable: true, description: 'The role users provisioned at their first single sign-on start with.' })
  defaultRole: RoleType | null;

  @Field(() => Boolean, { description: 'Every user must enrol an authenticator, whatever their own setting.' })
  twoFactorRequiredForAll: boolean;

  @Field(() => Int, { description: 'Failed sign-ins (password or code) before an account is locked.' })
  lockoutMaxFailures: number;

  @Field(() => Int, { description: 'The first lockout; each further failure doubles it up to lockoutMaxSeconds.' })
  lockoutSeconds: number;

  @Field(() => Int)
  lockoutMaxSeconds: number;

  @Field(() => Int, { description: 'How long a sign-in lasts before signing in again.' })
  sessionLifetimeDays: number;

  @Field(() => Int, { description: 'How long one access token lives; the app renews it within the session.' })
  accessTokenTtlSeconds: number;

  @Field(() => String, { description: "IANA time zone the organisation's days and shift times are shown in, unless a person chose their own." })
  timeZone: string;

  @Field(() => PasswordPolicyType)
  passwordPolicy: PasswordPolicyType;

  @Field(() => TenantSettingsDefaultsType)
  platformDefaults: TenantSettingsDefaultsType;
}
