import { Field, Int, ObjectType } from 'type-graphql';
import { PersonType } from '../../users/types/person.type.js';
import { PageInfoType } from '../../users/types/user.type.js';
import { PlannerAffiliation, PlannerInviteStatus } from './enums.type.js';

@ObjectType('PlannerUser', { description: 'A person on the schedule: an internal user with External Planner Access, or an external worker.' })
export class PlannerUserType extends PersonType {
  @Field(() => PlannerAffiliation)
  affiliation: PlannerAffiliation;

  @Field(() => PlannerInviteStatus)
  inviteStatus: PlannerInviteStatus;

  @Field(() => Boolean, { description: 'External Portal Access.' })
  portalAccess: boolean;

  @Field(() => Date, { nullable: true })
  lastLoginAt: Date | null;
}

@ObjectType('PlannerUserEdge')
export class PlannerUserEdgeType {
  @Field(() => String)
  cursor: string;

  @Field(() => PlannerUserType)
  node: PlannerUserType;
}

@ObjectType('PlannerUserConnection')
export class PlannerUserConnectionType {
  @Field(() => [PlannerUserEdgeType])
  edges: PlannerUserEdgeType[];

  @Field(() => PageInfoType)
  pageInfo: PageInfoType;

  @Field(() => Int)
  totalCount: number;
}
