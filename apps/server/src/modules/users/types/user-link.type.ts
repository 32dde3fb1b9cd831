import { Field, ObjectType, registerEnumType } from 'type-graphql';

export enum UserLinkKind {
  ACTIVATION = 'activation',
  PASSWORD_RESET = 'password_reset',
}
registerEnumType(UserLinkKind, { name: 'UserLinkKind' });

export enum UserLinkStatus {
  PENDING = 'pending',
  USED = 'used',
  EXPIRED = 'expired',
  REVOKED = 'revoked',
}
registerEnumType(UserLinkStatus, { name: 'UserLinkStatus' });

@ObjectType('UserLink', { description: 'The latest activation or reset link of a user, as the user page shows it (never the secret).' })
export class UserLinkType {
  @Field(() => UserLinkKind)
  kind: UserLinkKind;

  @Field(() => UserLinkStatus)
  status: UserLinkStatus;

  @Field(() => Date, { description: 'When the link was last sent.' })
  createdAt: Date;

  @Field(() => Date)
  expiresAt: Date;

  @Field(() => Date, { nullable: true })
  usedAt: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt: Date | null;
}

@ObjectType('IssuedLink', { description: 'A link just created: shown once, stored only as a hash.' })
export class IssuedLinkType {
  @Field(() => String)
  url: string;

  @Field(() => Date)
  expiresAt: Date;

  @Field(() => Boolean, { description: 'Whether it was also emailed to the user.' })
  emailed: boolean;
}
