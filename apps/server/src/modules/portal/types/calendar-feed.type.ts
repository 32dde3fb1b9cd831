import { Field, ObjectType } from 'type-graphql';

@ObjectType('CalendarFeed')
export class CalendarFeedType {
  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  lastFetchedAt: Date | null;
}

@ObjectType('IssuedCalendarFeed', { description: 'A new calendar feed: the URL is shown once; it is stored hashed.' })
export class IssuedCalendarFeedType {
  @Field(() => String)
  url: string;

  @Field(() => CalendarFeedType)
  feed: CalendarFeedType;
}
