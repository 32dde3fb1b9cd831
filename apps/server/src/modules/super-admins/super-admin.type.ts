import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('SuperAdmin', { description: 'A platform operator account: outside every tenant.' })
export class SuperAdminType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  username: string;

  @Field(() => String)
  displayName: string;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => Boolean, { description: 'False once deactivated: the account cannot sign in.' })
  active: boolean;

  @Field(() => Date, { nullable: true })
  deactivatedAt: Date | null;

  @Field(() => Boolean, { description: 'The next sign-in must enrol an authenticator if none is enrolled.' })
  twoFactorRequired: boolean;

  @Field(() => Boolean)
  twoFactorEnabled: boolean;

  @Field(() => Date, { nullable: true })
  lastLoginAt: Date | null;

  @Field(() => Date)
  createdAt: Date;
}
