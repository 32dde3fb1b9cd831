import { Field, ID, ObjectType } from 'type-graphql';
import { OfferStatus } from '../../planner/types/enums.type.js';
import { SkillType } from '../../planner/types/skill.type.js';

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
