import { Field, Int, ObjectType } from 'type-graphql';
import { RoleType } from '../../roles/role.type.js';

@ObjectType('SsoClaimMapping', { description: "Which of the provider's claims fills each user field." })
export class SsoClaimMappingType {
  @Field(() => String)
  username: string;

  @Field(() => String)
  email: string;

  @Field(() => String)
  firstName: string;

  @Field(() => String)
  lastName: string;

  @Field(() => String, { nullable: true, description: 'The claim listing the user’s groups or roles; needed for external authorization.' })
  role: string | null;
}

@ObjectType('SsoRoleMapping', { description: 'A value of the role claim and the role it gives.' })
export class SsoRoleMappingType {
  @Field(() => String)
  claimValue: string;

  @Field(() => RoleType, { nullable: true, description: 'Null when the role was deleted since: the row then gives nothing.' })
  role: RoleType | null;
}

@ObjectType('SsoConfiguration', { description: "The tenant's OpenID provider. The client secret is never returned." })
export class SsoConfigurationType {
  @Field(() => String, { description: 'Shown on the sign-in button: "Sign in with <displayName>".' })
  displayName: string;

  @Field(() => String)
  issuerUrl: string;

  @Field(() => String)
  clientId: string;

  @Field(() => Boolean, { description: 'A client secret is stored (encrypted).' })
  clientSecretSet: boolean;

  @Field(() => [String], { description: 'Requested besides openid.' })
  scopes: string[];

  @Field(() => SsoClaimMappingType)
  claimMapping: SsoClaimMappingType;

  @Field(() => [SsoRoleMappingType], { description: 'In order: the first value the user has decides the role.' })
  roleMappings: SsoRoleMappingType[];

  @Field(() => String, { description: 'Give this to the provider as the redirect (callback) URI.' })
  redirectUri: string;

  @Field(() => Date)
  updatedAt: Date;
}

@ObjectType('SsoConnectionReport', { description: 'What discovery and the key set of a provider say.' })
export class SsoConnectionReportType {
  @Field(() => Boolean)
  ok: boolean;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field(() => String, { nullable: true })
  message: string | null;

  @Field(() => String, { nullable: true })
  issuer: string | null;

  @Field(() => String, { nullable: true })
  authorizationEndpoint: string | null;

  @Field(() => String, { nullable: true })
  tokenEndpoint: string | null;

  @Field(() => String, { nullable: true })
  userinfoEndpoint: string | null;

  @Field(() => String, { nullable: true })
  jwksUri: string | null;

  @Field(() => Int)
  keyCount: number;

  @Field(() => [String])
  keyAlgorithms: string[];

  @Field(() => [String])
  scopesSupported: string[];

  @Field(() => Boolean)
  pkceS256: boolean;
}

@ObjectType('SsoSignInOption')
export class SsoSignInOptionType {
  @Field(() => String)
  displayName: string;

  @Field(() => String, { description: 'Open this URL (a full page load) to sign in through the provider.' })
  startUrl: string;
}

@ObjectType('SignInOptions', { description: 'How people of an organisation sign in; the same answer for an unknown organisation as for one with passwords.' })
export class SignInOptionsType {
  @Field(() => Boolean)
  passwordSignIn: boolean;

  @Field(() => SsoSignInOptionType, { nullable: true })
  sso: SsoSignInOptionType | null;
}
