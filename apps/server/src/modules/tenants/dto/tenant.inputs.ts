import { Field, InputType } from 'type-graphql';

@InputType('FirstAdministratorInput', { description: "A new tenant's first administrator: invited by mail with an activation link." })
export class FirstAdministratorInput {
  @Field(() => String, { description: 'Set once, never edited.' })
  username: string;

  @Field(() => String)
  email: string;

  @Field(() => String, { nullable: true })
  firstName?: string | null;

  @Field(() => String, { nullable: true })
  lastName?: string | null;
}

@InputType('CreateTenantInput')
export class CreateTenantInput {
  @Field(() => String, { description: 'The organisation name people type at sign-in: lower-case letters, digits and hyphens; never editable.' })
  slug: string;

  @Field(() => String, { description: 'The display name; can be changed later.' })
  name: string;

  @Field(() => FirstAdministratorInput)
  firstAdmin: FirstAdministratorInput;
}

@InputType('TenantFilter')
export class TenantFilterInput {
  @Field(() => String, { nullable: true, description: 'Part of the name or sign-in name, any case.' })
  search?: string | null;
}
