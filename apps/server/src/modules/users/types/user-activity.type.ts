import { Field, Int, ObjectType } from 'type-graphql';
import { AuditEntryType } from '../../audit/audit-entry.type.js';

@ObjectType('UserActivity', { description: 'Recent Activity: sign-ins and the latest audit entries by or about the user.' })
export class UserActivityType {
  @Field(() => Date, { nullable: true })
  lastLoginAt: Date | null;

  @Field(() => Int)
  loginsLast7Days: number;

  @Field(() => Int)
  loginsLast30Days: number;

  @Field(() => Int)
  loginsLast365Days: number;

  @Field(() => [AuditEntryType], { description: 'The 20 newest entries where the user is the actor or the target.' })
  recentAuditEntries: AuditEntryType[];
}
