import { Field, Float, ID, ObjectType } from 'type-graphql';
import { ReportStatus } from '../../planner/types/enums.type.js';
import { PortalShiftType } from './shift.type.js';

@ObjectType('MyAfterShiftReport')
export class MyAfterShiftReportType {
  @Field(() => ID)
  id: string;

  @Field(() => PortalShiftType)
  shift: PortalShiftType;

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

  @Field(() => String, { nullable: true })
  reviewNote: string | null;
}
