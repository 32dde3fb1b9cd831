import { Field, ID, InputType } from 'type-graphql';

@InputType('SsoClaimMappingInput')
export class SsoClaimMappingInput {
  @Field(() => String, { nullable: true, description: 'Default preferred_username.' })
  username?: string | null;

  @Field(() => String, { nullable: true, description: 'Default email.' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Default given_name.' })
  firstName?: string | null;

  @Field(() => String, { nullable: true, description: 'Default family_name.' })
  lastName?: string | null;

  @Field(() => String, { nullable: true, description: 'No default: external authorization needs it.' })
  role?: string | null;
}

@InputType('SsoRoleMappingInput')
export class SsoRoleMappingInput {
  @Field(() => String)
  claimValue: string;

  @Field(() => ID)
  roleId: string;
}

@InputType('UpdateSsoConfigurationInput')
export class UpdateSsoConfigurationInput {
  @Field(() => String)
  displayName: string;

  @Field(() => String, { description: 'https (or plain http on this machine outside production).' })
  issuerUrl: string;

  @Field(() => String)
  clientId: string;

  @Field(() => String, { nullable: true, description: 'Required the first time; leave empty to keep the stored one.' })
  clientSecret?: string | null;

  @Field(() => [String], { nullable: true, description: 'Default email and profile.' })
  scopes?: string[] | null;

  @Field(() => SsoClaimMappingInput, { nullable: true })
  claimMapping?: SsoClaimMappingInput | null;

  @Field(() => [SsoRoleMappingInput], { nullable: true })
  roleMappings?: SsoRoleMappingInput[] | null;
}
