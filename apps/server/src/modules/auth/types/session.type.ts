import { Field, ID, ObjectType } from 'type-graphql';
import { ViewerType } from './viewer.type.js';

@ObjectType('Session', { description: 'Signed in. The refresh token is set as an httpOnly cookie, never returned in the body.' })
export class SessionType {
  @Field(() => ID)
  sessionId: string;

  @Field(() => String, { description: 'Short-lived; send as `Authorization: Bearer`. Renew with refreshSession.' })
  accessToken: string;

  @Field(() => Date)
  expiresAt: Date;

  @Field(() => ViewerType)
  viewer: ViewerType;
}

@ObjectType('UserSession', { description: "One of a user's signed-in sessions, as their administrator sees it." })
export class UserSessionType {
  @Field(() => ID)
  id: string;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  lastUsedAt: Date;

  @Field(() => Date)
  expiresAt: Date;

  @Field(() => String, { nullable: true })
  userAgent: string | null;

  @Field(() => String, { nullable: true })
  ip: string | null;
}

@ObjectType('SessionInfo', { description: 'One of your signed-in sessions.' })
export class SessionInfoType extends UserSessionType {
  @Field(() => Boolean, { description: 'The session this request belongs to.' })
  current: boolean;
}
