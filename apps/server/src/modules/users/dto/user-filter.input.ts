import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { UserStateEnum } from '../types/user.type.js';

@InputType('LoginActivityFilter', { description: 'Set one: never signed in, signed in within N days, or not within N days.' })
export class LoginActivityFilterInput {
  @Field(() => Boolean, { nullable: true })
  never?: boolean | null;

  @Field(() => Int, { nullable: true })
  withinDays?: number | null;

  @Field(() => Int, { nullable: true })
  notWithinDays?: number | null;
}

@InputType('UserFilter')
export class UserFilterInput {
  @Field(() => String, { nullable: true, description: 'Part of the first name, last name or username, any case.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the email address, any case.' })
  email?: string | null;

  @Field(() => ID, { nullable: true })
  roleId?: string | null;

  @Field(() => [UserStateEnum], { nullable: true, description: 'DELETED is visible to a super admin in the tenant only.' })
  states?: UserStateEnum[] | null;

  @Field(() => LoginActivityFilterInput, { nullable: true })
  loginActivity?: LoginActivityFilterInput | null;
}

export enum UserOrderField {
  USERNAME = 'username',
  NAME = 'name',
  EMAIL = 'email',
  ROLE = 'role',
  LAST_LOGIN = 'lastLogin',
  /** Lifecycle order: introduction, released, active, inactive, deleted (Is Active first with ASC). */
  STATUS = 'status',
  CREATED_AT = 'createdAt',
}
registerEnumType(UserOrderField, { name: 'UserOrderField' });

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection' });

@InputType('UserOrder')
export class UserOrderInput {
  @Field(() => UserOrderField)
  field: UserOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction: SortDirection;
}
