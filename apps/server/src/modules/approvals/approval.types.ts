import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum HolidayDelegationStatus {
  UPCOMING = 'UPCOMING',
  CURRENT = 'CURRENT',
  PAST = 'PAST',
}
registerEnumType(HolidayDelegationStatus, {
  name: 'HolidayDelegationStatus',
  description: 'Against today (UTC): UPCOMING starts later, CURRENT covers today, PAST has ended.',
});

@ObjectType('ApprovalGroup', { description: 'People who approve something together; deactivation removes members.' })
export class ApprovalGroupType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => Date)
  createdAt: Date;
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
