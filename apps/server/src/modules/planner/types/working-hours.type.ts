import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType('WorkingDay')
export class WorkingDayType {
  @Field(() => Int, { description: '1 = Monday ... 7 = Sunday.' })
  weekday: number;

  @Field(() => String, { description: 'HH:MM' })
  start: string;

  @Field(() => String, { description: 'HH:MM, after start.' })
  end: string;
}

@ObjectType('WorkingHours')
export class WorkingHoursType {
  @Field(() => Float, { nullable: true })
  contractedHoursPerWeek: number | null;

  @Field(() => Float, { nullable: true })
  maxHoursPerWeek: number | null;

  @Field(() => [WorkingDayType])
  days: WorkingDayType[];
}
