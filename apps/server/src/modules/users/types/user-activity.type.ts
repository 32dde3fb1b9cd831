import { Field, Int, ObjectType } from 'type-graphql';
import { AuditEntryType } from '../../audit/audit-entry.type.js';
import { SignInDayType } from './sign-in-day.type.js';

@ObjectType('UserActivity', { description: 'Recent Activity: sign-ins and the latest audit entries by or about the user.' })
export class UserActivityType {
  @Field(() => Date, { nullable: true })
  lastLoginAt: Date | null;

  @Field(() => Int)
  loginsLast7Days: number;

  @Field(() => Int)
  loginsLast30Days: number;

  @Field(() => Int, { description: 'Sign-ins on the 365 UTC calendar days ending today: the sum of signInsPerDay.' })
  loginsLast365Days: number;

  @Field(() => String, { description: 'The first UTC calendar day (YYYY-MM-DD) of the 365 that loginsLast365Days and signInsPerDay cover.' })
  signInsSince: string;

  @Field(() => [SignInDayType], { description: 'One entry per UTC day with sign-ins since signInsSince, oldest first; days without sign-ins are left out.' })
  signInsPerDay: SignInDayType[];

  @Field(() => [AuditEntryType], { description: 'The 20 newest entries where the user is the actor or the target.' })
  recentAuditEntries: AuditEntryType[];
}
