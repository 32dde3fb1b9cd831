import { Field, Float, ID, ObjectType } from 'type-graphql';
import { ReportStatus } from './enums.type.js';

/** `shift` and `worker` come from AfterShiftReportFieldsResolver, batched per request. */
@ObjectType('AfterShiftReport')
export class AfterShiftReportType {
  @Field(() => ID)
  id: string;

  shiftId: string;

  userId: string;

  @Field(() => Float)
  hoursWorked: number;

  @Field(() => String, { nullable: true })
  notes: string | null;

  @Field(() => String, { nullable: true })
  incidents: string | null;

  @Field(() => Date)
  submittedAt: Date;

  @Field(() => ReportStatus)
  status: ReportStatus;

  @Field(() => Date, { nullable: true })
  reviewedAt: Date | null;

  @Field(() => String, { nullable: true })
  reviewNote: string | null;
}
