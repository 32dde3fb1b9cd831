import { Field, ID, ObjectType } from 'type-graphql';

/**
 * Who a person is, as User and PlannerUser both show them: one field list, so the admin's and the
 * planner's view of a person cannot drift apart.
 */
@ObjectType()
export abstract class PersonType {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'The login name; set at creation and never edited.' })
  username: string;

  @Field(() => String)
  email: string;

  @Field(() => String, { nullable: true })
  firstName: string | null;

  @Field(() => String, { nullable: true })
  lastName: string | null;

  @Field(() => String)
  displayName: string;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true })
  jobTitle: string | null;

  @Field(() => String, { nullable: true })
  department: string | null;

  @Field(() => String, { nullable: true })
  location: string | null;
}
