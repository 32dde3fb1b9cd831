import { Field, ID, InputType, Int } from 'type-graphql';

@InputType('CreateShiftInput')
export class CreateShiftInput {
  @Field(() => String)
  title: string;

  @Field(() => Date)
  startsAt: Date;

  @Field(() => Date)
  endsAt: Date;

  @Field(() => String)
  location: string;

  @Field(() => ID, { nullable: true })
  requiredSkillId?: string | null;

  @Field(() => Int, { defaultValue: 1 })
  headcount: number;

  @Field(() => String, { nullable: true })
  notes?: string | null;
}

@InputType('ShiftFilter')
export class ShiftFilterInput {
  @Field(() => Date, { nullable: true, description: 'Shifts ending after this instant (default: now).' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Shifts starting before this instant.' })
  to?: Date | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  includeCancelled?: boolean | null;
}
