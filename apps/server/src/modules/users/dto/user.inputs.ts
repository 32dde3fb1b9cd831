import { Field, ID, InputType, Int } from 'type-graphql';
import { UserOriginEnum } from '../types/user.type.js';

@InputType('CreateUserInput')
export class CreateUserInput {
  @Field(() => String, { description: 'The login name; it cannot be changed later.' })
  username: string;

  @Field(() => String)
  email: string;

  @Field(() => String, { nullable: true })
  firstName?: string | null;

  @Field(() => String, { nullable: true })
  lastName?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  jobTitle?: string | null;

  @Field(() => String, { nullable: true })
  department?: string | null;

  @Field(() => String, { nullable: true })
  location?: string | null;

  @Field(() => UserOriginEnum, { defaultValue: UserOriginEnum.INTERNAL, description: 'INTERNAL or EXTERNAL; SSO users are provisioned at sign-in.' })
  origin: UserOriginEnum;

  @Field(() => ID)
  roleId: string;

  @Field(() => Boolean, { nullable: true })
  externalPlannerAccess?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  externalPurchasingAccess?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Defaults to on for external users, off for internal ones.' })
  portalAccess?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  twoFactorRequired?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Introduction mode. Defaults to on for internal users; off releases access at once (temporary password emailed).',
  })
  holdInvite?: boolean | null;
}

@InputType('UpdateUserInput', { description: 'Only the fields given change. `version` is the one the edit started from.' })
export class UpdateUserInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => String, { nullable: true, description: 'Refused: usernames are set at creation.' })
  username?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  firstName?: string | null;

  @Field(() => String, { nullable: true })
  lastName?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  jobTitle?: string | null;

  @Field(() => String, { nullable: true })
  department?: string | null;

  @Field(() => String, { nullable: true })
  location?: string | null;

  @Field(() => Boolean, { nullable: true })
  externalPlannerAccess?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  externalPurchasingAccess?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  twoFactorRequired?: boolean | null;

  @Field(() => String, { nullable: true, description: "An IANA time zone; an empty string goes back to the organisation's." })
  timeZone?: string | null;
}

@InputType('SetPasswordInput')
export class SetPasswordInput {
  @Field(() => ID)
  userId: string;

  @Field(() => String)
  password: string;

  @Field(() => String)
  confirmation: string;
}
