import { Field, Float, ID, InputType } from 'type-graphql';

@InputType('AfterShiftReportInput')
export class AfterShiftReportInput {
  @Field(() => ID)
  shiftId: string;

  @Field(() => Float)
  hoursWorked: number;

  @Field(() => String, { nullable: true })
  notes?: string | null;

  @Field(() => String, { nullable: true })
  incidents?: string | null;
}
