import { Field, ID, InputType } from 'type-graphql';
import { HolidayDelegationStatus } from '../approval.types.js';

@InputType('CreateApprovalGroupInput')
export class CreateApprovalGroupInput {
  @Field(() => String, { description: 'Unique in the tenant regardless of case; at most 100 characters.' })
  name: string;

  @Field(() => [ID], { nullable: true, description: 'Active users of the tenant to start with.' })
  memberIds?: string[] | null;
}

@InputType('CreateHolidayDelegationInput')
export class CreateHolidayDelegationInput {
  @Field(() => ID, { description: 'The person who is away.' })
  delegatorId: string;

  @Field(() => ID, { description: 'The person who approves in their place.' })
  delegateId: string;

  @Field(() => String, { description: 'First day away, an ISO date (2026-12-21).' })
  startsOn: string;

  @Field(() => String, { description: 'Last day away, an ISO date, inclusive; today or later.' })
  endsOn: string;
}

@InputType('HolidayDelegationFilter')
export class HolidayDelegationFilterInput {
  @Field(() => ID, { nullable: true, description: 'Only delegations from or to this user.' })
  userId?: string | null;

  @Field(() => [HolidayDelegationStatus], { nullable: true, description: 'Only these; all when empty.' })
  statuses?: HolidayDelegationStatus[] | null;
}
