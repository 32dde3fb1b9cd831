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

@InputType('TimeOffInput')
export class TimeOffInput {
  @Field(() => String)
  startDate: string;

  @Field(() => String)
  endDate: string;

  @Field(() => String, { nullable: true })
  reason?: string | null;
}

@InputType('CertificationProofInput')
export class CertificationProofInput {
  @Field(() => ID)
  certificationId: string;

  @Field(() => String)
  fileName: string;

  @Field(() => String, { description: 'application/pdf, image/png or image/jpeg; the bytes must match.' })
  contentType: string;

  @Field(() => String, { description: 'The file, base64; at most 5 MB decoded.' })
  contentBase64: string;
}
