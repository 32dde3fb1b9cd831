import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../../graphql/context.js';
import { Portal } from '../../../graphql/directives.js';
import { listNotificationPreferences } from '../queries/notification-preferences.js';
import { NotificationEvent, NotificationPreferenceType } from '../types/notification-preference.type.js';
import { setNotificationPreference } from '../use-cases/notification-preferences.js';
import { portalWorkerOf } from '../worker.js';

@Resolver()
export class NotificationPreferencesResolver {
  @Portal()
  @Query(() => [NotificationPreferenceType])
  myNotificationPreferences(@Ctx() context: Context): Promise<NotificationPreferenceType[]> {
    return listNotificationPreferences(context.dataSource, portalWorkerOf(context.principal, context.origin));
  }

  @Portal()
  @Mutation(() => NotificationPreferenceType)
  setNotificationPreference(
    @Arg('event', () => NotificationEvent) event: NotificationEvent,
    @Arg('email', () => Boolean) email: boolean,
    @Ctx() context: Context,
  ): Promise<NotificationPreferenceType> {
    return setNotificationPreference(context.services.deps, portalWorkerOf(context.principal, context.origin), event, email);
  }
}
