import { Field, ID, InputType } from 'type-graphql';

@InputType('CreateRoleInput')
export class CreateRoleInput {
  @Field(() => String)
  name: string;

  @Field(() => [ID], { nullable: true, description: 'Roles to inherit from.' })
  parentIds?: string[] | null;
}

@InputType('RoleFilter')
export class RoleFilterInput {
  @Field(() => String, { nullable: true, description: 'Part of the role name, any case.' })
  search?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Include deleted roles (super admins in the tenant only).' })
  includeDeleted?: boolean | null;
}
