import { Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Portal } from '../../graphql/directives.js';
import { CalendarFeedType, IssuedCalendarFeedType } from './calendar-feed.type.js';
import { portalWorkerOf } from './worker.js';

@Resolver()
export class CalendarFeedResolver {
  @Portal()
  @Query(() => CalendarFeedType, { nullable: true, description: 'Null when no feed exists (never created, or revoked).' })
  myCalendarFeed(@Ctx() context: Context): Promise<CalendarFeedType | null> {
    return context.services.portal.calendarFeed.current(portalWorkerOf(context.principal, context.origin));
  }

  @Portal()
  @Mutation(() => IssuedCalendarFeedType, { description: 'Creates the feed or replaces it: the old URL stops working.' })
  regenerateCalendarFeed(@Ctx() context: Context): Promise<IssuedCalendarFeedType> {
    return context.services.portal.calendarFeed.regenerate(portalWorkerOf(context.principal, context.origin));
  }

  @Portal()
  @Mutation(() => Boolean)
  revokeCalendarFeed(@Ctx() context: Context): Promise<boolean> {
    return context.services.portal.calendarFeed.revoke(portalWorkerOf(context.principal, context.origin));
  }
}
