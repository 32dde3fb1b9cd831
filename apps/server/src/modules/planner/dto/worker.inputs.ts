import { Field, InputType } from 'type-graphql';
import { PlannerAffiliation, PlannerInviteStatus } from '../types/enums.type.js';

@InputType('AddExternalPlannerUserInput')
export class AddExternalPlannerUserInput {
  @Field(() => String)
  firstName: string;

  @Field(() => String)
  lastName: string;

  @Field(() => String)
  email: string;
}

@InputType('PlannerUserFilter')
export class PlannerUserFilterInput {
  @Field(() => String, { nullable: true, description: 'Case-insensitive part of the name, username or email.' })
  search?: string | null;

  @Field(() => PlannerAffiliation, { nullable: true })
  affiliation?: PlannerAffiliation | null;

  @Field(() => PlannerInviteStatus, { nullable: true })
  inviteStatus?: PlannerInviteStatus | null;
}
