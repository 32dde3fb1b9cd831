import { Field, Float, ID, ObjectType } from 'type-graphql';
import { OfferStatus, ReportStatus } from '../planner/types/enums.type.js';
import { SkillType } from '../planner/types/skill.type.js';

@ObjectType('PortalShift', { description: 'A shift as its worker sees it: never other workers.' })
export class PortalShiftType {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: 'The offer this worker answers.' })
  offerId: string;

  @Field(() => String)
  title: string;

  @Field(() => Date)
  startsAt: Date;

  @Field(() => Date)
  endsAt: Date;

  @Field(() => String)
  location: string;

  @Field(() => SkillType, { nullable: true })
  requiredSkill: SkillType | null;

  @Field(() => String, { nullable: true })
  notes: string | null;

  @Field(() => OfferStatus)
  status: OfferStatus;

  @Field(() => Date, { nullable: true })
  respondedAt: Date | null;
}

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
