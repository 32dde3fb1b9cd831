import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('OutboxMessage', { description: 'A message in the development outbox.' })
export class OutboxMessageType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  to: string;

  @Field(() => String)
  subject: string;

  @Field(() => String)
  text: string;

  @Field(() => Date)
  createdAt: Date;
}
