import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum UndeliveredStatusEnum {
  QUEUED = 'QUEUED',
  FAILED = 'FAILED',
}
registerEnumType(UndeliveredStatusEnum, {
  name: 'UndeliveredMailStatus',
  description: 'QUEUED: waiting for its next attempt. FAILED: dead-lettered; sent again only when someone retries it.',
});

// The body is left out on purpose: it may hold a temporary password or a link secret for its recipient.
@ObjectType('UndeliveredMail', { description: 'A message to a user of the tenant that the SMTP server has not accepted yet.' })
export class UndeliveredMailType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  to: string;

  @Field(() => String)
  subject: string;

  @Field(() => UndeliveredStatusEnum)
  status: UndeliveredStatusEnum;

  @Field(() => Int, { description: 'Delivery attempts started so far.' })
  attempts: number;

  @Field(() => Date, { nullable: true, description: 'When the next attempt may start; null once dead-lettered.' })
  nextAttemptAt: Date | null;

  @Field(() => String, { nullable: true, description: "The mail server's answer, or the connection error, of the last failed attempt." })
  lastError: string | null;

  @Field(() => Date)
  createdAt: Date;
}

@ObjectType('MailDelivery', { description: "The tenant's mail that has not been delivered yet." })
export class MailDeliveryType {
  @Field(() => Boolean, { description: 'Whether mail goes out over SMTP; without, it stays in the development outbox and nothing is queued.' })
  smtp: boolean;

  @Field(() => [UndeliveredMailType], { description: 'Queued and dead-lettered messages, newest first.' })
  messages: UndeliveredMailType[];
}
