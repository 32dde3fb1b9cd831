import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { PageInfoType } from '../users/types/user.type.js';

@ObjectType('AuditActor')
export class AuditActorType {
  @Field(() => ID, { nullable: true, description: 'The tenant user who acted, if it was one.' })
  userId: string | null;

  @Field(() => ID, { nullable: true, description: 'The super admin who acted inside the tenant, if it was one.' })
  superAdminId: string | null;

  @Field(() => String, { description: 'Name at the time of the action; kept after deactivation or deletion.' })
  label: string;
}

@ObjectType('AuditEntry', { description: 'One change, written in the same transaction as the change. Append-only.' })
export class AuditEntryType {
  @Field(() => ID)
  id: string;

  @Field(() => Date)
  occurredAt: Date;

  @Field(() => AuditActorType)
  actor: AuditActorType;

  @Field(() => String, { description: 'What happened, e.g. `role.grant_permissions`.' })
  action: string;

  @Field(() => String)
  targetType: string;

  @Field(() => ID, { nullable: true })
  targetId: string | null;

  @Field(() => String, { nullable: true })
  targetLabel: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true })
  before: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true })
  after: Record<string, unknown> | null;

  @Field(() => String, { nullable: true, description: 'Client address the request came from.' })
  originIp: string | null;

  @Field(() => String, { nullable: true })
  originUserAgent: string | null;
}

@ObjectType('AuditEntryEdge')
export class AuditEntryEdgeType {
  @Field(() => String)
  cursor: string;

  @Field(() => AuditEntryType)
  node: AuditEntryType;
}

@ObjectType('AuditEntryConnection')
export class AuditEntryConnectionType {
  @Field(() => [AuditEntryEdgeType])
  edges: AuditEntryEdgeType[];

  @Field(() => PageInfoType)
  pageInfo: PageInfoType;

  @Field(() => Int, { description: 'How many entries match, counted up to 10 000 (see totalCountCapped).' })
  totalCount: number;

  @Field(() => Boolean, { description: 'True when more entries match than totalCount says: the count stops at 10 000, which an exact count of millions could not do in time.' })
  totalCountCapped: boolean;
}

@InputType('AuditFilter')
export class AuditFilterInput {
  @Field(() => ID, { nullable: true, description: 'Entries by this user (or super admin).' })
  actorId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Entries about this user, role or other record.' })
  targetId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Entries where this user is the actor or the target.' })
  involvingId?: string | null;

  @Field(() => String, { nullable: true, description: 'An action, or a prefix ending in "." such as "role."' })
  action?: string | null;

  @Field(() => Date, { nullable: true })
  from?: Date | null;

  @Field(() => Date, { nullable: true })
  to?: Date | null;
}
