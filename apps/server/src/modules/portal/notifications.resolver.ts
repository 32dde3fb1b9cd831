import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Portal } from '../../graphql/directives.js';
import { NotificationEvent, NotificationPreferenceType } from './notification-preference.type.js';
import { portalWorkerOf } from './worker.js';

@Resolver()
export class NotificationPreferencesResolver {
  @Portal()
  @Query(() => [NotificationPreferenceType])
  myNotificationPreferences(@Ctx() context: Context): Promise<NotificationPreferenceType[]> {
    return context.services.portal.notifications.list(portalWorkerOf(context.principal, context.origin));
  }

  @Portal()
  @Mutation(() => NotificationPreferenceType)
  setNotificationPreference(
    @Arg('event', () => NotificationEvent) event: NotificationEvent,
    @Arg('email', () => Boolean) email: boolean,
    @Ctx() context: Context,
  ): Promise<NotificationPreferenceType> {
    return context.services.portal.notifications.set(portalWorkerOf(context.principal, context.origin), event, email);
  }
}
