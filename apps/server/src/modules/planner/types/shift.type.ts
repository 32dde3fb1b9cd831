import { Field, ID, Int, ObjectType } from 'type-graphql';
import { OfferStatus } from './enums.type.js';

/** `requiredSkill`, `filled` and `offers` come from ShiftFieldsResolver, batched per request. */
@ObjectType('Shift')
export class ShiftType {
  @Field(() => ID)
  id: string;

  requiredSkillId: string | null;

  @Field(() => String)
  title: string;

  @Field(() => Date)
  startsAt: Date;

  @Field(() => Date)
  endsAt: Date;

  @Field(() => String)
  location: string;

  @Field(() => Int, { description: 'How many workers the shift needs.' })
  headcount: number;

  @Field(() => String, { nullable: true })
  notes: string | null;

  @Field(() => Date, { nullable: true })
  cancelledAt: Date | null;
}

/** `worker` comes from ShiftOfferFieldsResolver. */
@ObjectType('ShiftOffer')
export class ShiftOfferType {
  @Field(() => ID)
  id: string;

  shiftId: string;

  userId: string;

  @Field(() => OfferStatus)
  status: OfferStatus;

  @Field(() => Date)
  offeredAt: Date;

  @Field(() => Date, { nullable: true })
  respondedAt: Date | null;
}
