import { Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../../graphql/context.js';
import { Portal } from '../../../graphql/directives.js';
import { currentCalendarFeed } from '../queries/calendar-feed.js';
import { CalendarFeedType, IssuedCalendarFeedType } from '../types/calendar-feed.type.js';
import { regenerateCalendarFeed, revokeCalendarFeed } from '../use-cases/calendar-feed.js';
import { portalWorkerOf } from '../worker.js';

@Resolver()
export class CalendarFeedResolver {
  @Portal()
  @Query(() => CalendarFeedType, { nullable: true, description: 'Null when no feed exists (never created, or revoked).' })
  myCalendarFeed(@Ctx() context: Context): Promise<CalendarFeedType | null> {
    return currentCalendarFeed(context.dataSource, portalWorkerOf(context.principal, context.origin));
  }

  @Portal()
  @Mutation(() => IssuedCalendarFeedType, { description: 'Creates the feed or replaces it: the old URL stops working.' })
  regenerateCalendarFeed(@Ctx() context: Context): Promise<IssuedCalendarFeedType> {
    return regenerateCalendarFeed(context.services.deps, portalWorkerOf(context.principal, context.origin));
  }

  @Portal()
  @Mutation(() => Boolean)
  revokeCalendarFeed(@Ctx() context: Context): Promise<boolean> {
    return revokeCalendarFeed(context.services.deps, portalWorkerOf(context.principal, context.origin));
  }
}
