import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { VisibleWith } from '../../../graphql/directives.js';
import { RoleType } from '../../roles/role.type.js';
import { PersonType } from './person.type.js';

export enum UserStateEnum {
  INTRODUCTION = 'introduction',
  RELEASED = 'released',
  ACTIVE = 'active',
  INACTIVE = 'inactive',
  DELETED = 'deleted',
}
registerEnumType(UserStateEnum, {
  name: 'UserState',
  description:
    'INTRODUCTION: Hold Invite, cannot sign in; RELEASED: temporary password sent, must set a new one; ACTIVE; INACTIVE: deactivated; DELETED: soft-deleted.',
});

export enum UserOriginEnum {
  INTERNAL = 'internal',
  EXTERNAL = 'external',
  SSO = 'sso',
}
registerEnumType(UserOriginEnum, { name: 'UserOrigin' });

@ObjectType('User', { description: 'A person who signs in to one tenant.' })
export class UserType extends PersonType {
  @Field(() => UserOriginEnum)
  origin: UserOriginEnum;

  @Field(() => RoleType)
  role: RoleType;

  @Field(() => UserStateEnum)
  state: UserStateEnum;

  @Field(() => Boolean, { description: 'Introduction mode: exists, cannot sign in, no email sent yet.' })
  holdInvite: boolean;

  @Field(() => Boolean, { description: 'Is Active: false once deactivated.' })
  isActive: boolean;

  @Field(() => Boolean)
  externalPlannerAccess: boolean;

  @Field(() => Boolean)
  externalPurchasingAccess: boolean;

  @Field(() => Boolean, { description: 'External Portal Access: off shows a holding page instead of the worker portal.' })
  portalAccess: boolean;

  @Field(() => Boolean, { description: 'TOTP enrolment is required at the next sign-in.' })
  twoFactorRequired: boolean;

  @Field(() => Boolean, { description: 'An authenticator app is enrolled (TOTP).' })
  twoFactorEnabled: boolean;

  @Field(() => Date, { nullable: true, description: 'When the enrolled authenticator was confirmed; null when none is enrolled.' })
  twoFactorEnrolledAt: Date | null;

  @Field(() => Boolean, { description: 'The next sign-in must choose a new password first.' })
  passwordChangeRequired: boolean;

  @VisibleWith('users.activity.read')
  @Field(() => Date, { nullable: true, description: 'Null unless you may read user activity.' })
  lastLoginAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the user first chose their own password.' })
  activatedAt: Date | null;

  @Field(() => String, { nullable: true, description: "The person's own IANA time zone; null follows the organisation's (see effectiveTimeZone)." })
  timeZone: string | null;

  @Field(() => Int, { description: 'Send it back with an edit; a stale version is refused with CONFLICT.' })
  version: number;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;

  @Field(() => Date, { nullable: true })
  deletedAt: Date | null;
}

@ObjectType('UserEdge')
export class UserEdgeType {
  @Field(() => String)
  cursor: string;

  @Field(() => UserType)
  node: UserType;
}

@ObjectType('PageInfo')
export class PageInfoType {
  @Field(() => Boolean)
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

@ObjectType('UserConnection')
export class UserConnectionType {
  @Field(() => [UserEdgeType])
  edges: UserEdgeType[];

  @Field(() => PageInfoType)
  pageInfo: PageInfoType;

  @Field(() => Int, { description: 'Users matching the query across all pages.' })
  totalCount: number;
}
