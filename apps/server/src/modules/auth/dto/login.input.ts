import { Field, InputType } from 'type-graphql';

@InputType('LoginInput')
export class LoginInput {
  @Field(() => String, { nullable: true, description: 'The organisation (tenant slug); empty for a platform super admin.' })
  tenant?: string | null;

  @Field(() => String)
  username: string;

  @Field(() => String)
  password: string;
}
