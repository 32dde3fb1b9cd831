import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('ApprovalGroup')
export class ApprovalGroupType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;
}

@ObjectType('HolidayDelegation', { description: 'While the delegator is away, the delegate approves in their place.' })
export class HolidayDelegationType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  delegatorId: string;

  @Field(() => ID)
  delegateId: string;

  @Field(() => String, { description: 'ISO date, inclusive.' })
  startsOn: string;

  @Field(() => String, { description: 'ISO date, inclusive.' })
  endsOn: string;
}
