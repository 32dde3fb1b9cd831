import { Field, ID, ObjectType } from 'type-graphql';
import { UnavailabilitySource } from './enums.type.js';

@ObjectType('UnavailableDay')
export class UnavailableDayType {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  date: string;

  @Field(() => UnavailabilitySource)
  source: UnavailabilitySource;
}
