import { Field, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType('PasswordPolicy', { description: "The organisation's password rules; applied wherever a password is chosen." })
export class PasswordPolicyType {
  @Field(() => Int)
  minLength: number;

  @Field(() => Int)
  maxLength: number;

  @Field(() => Boolean)
  requireUpper: boolean;

  @Field(() => Boolean)
  requireLower: boolean;

  @Field(() => Boolean)
  requireDigit: boolean;

  @Field(() => Boolean)
  requireSpecial: boolean;

  @Field(() => String, { description: 'The characters that count as special.' })
  specialCharacters: string;

  @Field(() => Boolean, { description: 'Refuse common passwords and their trivial variants.' })
  rejectCommon: boolean;
}

@InputType('PasswordPolicyInput', { description: 'Only the rules given change; the rest keep their current value.' })
export class PasswordPolicyInput {
  @Field(() => Int, { nullable: true })
  minLength?: number | null;

  @Field(() => Int, { nullable: true })
  maxLength?: number | null;

  @Field(() => Boolean, { nullable: true })
  requireUpper?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  requireLower?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  requireDigit?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  requireSpecial?: boolean | null;

  @Field(() => String, { nullable: true })
  specialCharacters?: string | null;

  @Field(() => Boolean, { nullable: true })
  rejectCommon?: boolean | null;
}
