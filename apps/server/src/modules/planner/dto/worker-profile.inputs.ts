import { Field, Float, InputType, Int } from 'type-graphql';
import { PayType } from '../types/enums.type.js';

/** Edited from the admin side and from the portal (My Profile): the latest write wins. */
@InputType('WorkerDetailsInput')
export class WorkerDetailsInput {
  @Field(() => String)
  firstName: string;

  @Field(() => String)
  lastName: string;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => String, { nullable: true })
  emergencyContactName?: string | null;

  @Field(() => String, { nullable: true })
  emergencyContactPhone?: string | null;
}

@InputType('CompensationInput')
export class CompensationInput {
  @Field(() => PayType)
  payType: PayType;

  @Field(() => String)
  rate: string;

  @Field(() => String)
  currency: string;
}

@InputType('WorkingDayInput')
export class WorkingDayInput {
  @Field(() => Int)
  weekday: number;

  @Field(() => String)
  start: string;

  @Field(() => String)
  end: string;
}

@InputType('WorkingHoursInput')
export class WorkingHoursInput {
  @Field(() => Float, { nullable: true })
  contractedHoursPerWeek?: number | null;

  @Field(() => Float, { nullable: true })
  maxHoursPerWeek?: number | null;

  @Field(() => [WorkingDayInput])
  days: WorkingDayInput[];
}
