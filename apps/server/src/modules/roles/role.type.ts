import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('Role', { description: 'A named set of permissions assigned to users.' })
export class RoleType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => Boolean, { description: 'Shipped with the product; cannot be renamed or deleted.' })
  isSystem: boolean;

  @Field(() => Date, { nullable: true, description: 'Set when the role is deleted (soft); only super admins see deleted roles.' })
  deletedAt: Date | null;

  @Field(() => Date)
  createdAt: Date;
}
