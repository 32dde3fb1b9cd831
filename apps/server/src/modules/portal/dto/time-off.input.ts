import { Field, InputType } from 'type-graphql';

@InputType('TimeOffInput')
export class TimeOffInput {
  @Field(() => String)
  startDate: string;

  @Field(() => String)
  endDate: string;

  @Field(() => String, { nullable: true })
  reason?: string | null;
}
