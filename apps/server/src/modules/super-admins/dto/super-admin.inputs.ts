import { Field, InputType } from 'type-graphql';

@InputType('CreateSuperAdminInput')
export class CreateSuperAdminInput {
  @Field(() => String)
  username: string;

  @Field(() => String)
  displayName: string;

  @Field(() => String)
  email: string;

  @Field(() => String, {
    description: 'The first password, told to the new operator in person; it must meet the default password policy. An authenticator is enrolled at the first sign-in.',
  })
  password: string;
}
