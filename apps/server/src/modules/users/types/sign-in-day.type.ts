import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('SignInDay', { description: 'Sign-ins of one user on one UTC calendar day.' })
export class SignInDayType {
  @Field(() => String, { description: 'The UTC calendar day, YYYY-MM-DD.' })
  day: string;

  @Field(() => Int)
  signIns: number;
}
