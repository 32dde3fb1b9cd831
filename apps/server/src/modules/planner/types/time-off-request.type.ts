import { Field, ID, ObjectType } from 'type-graphql';
import { TimeOffStatus } from './enums.type.js';

/** `worker` comes from TimeOffRequestFieldsResolver, batched per request. */
@ObjectType('TimeOffRequest')
export class TimeOffRequestType {
  @Field(() => ID)
  id: string;

  /** Whose request it is; read by the `worker` field resolver. */
  userId: string;

  @Field(() => String, { description: 'YYYY-MM-DD, inclusive.' })
  startDate: string;

  @Field(() => String, { description: 'YYYY-MM-DD, inclusive.' })
  endDate: string;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field(() => TimeOffStatus)
  status: TimeOffStatus;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  reviewedAt: Date | null;

  @Field(() => String, { nullable: true })
  reviewNote: string | null;
}
