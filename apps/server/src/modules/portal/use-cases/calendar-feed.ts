import { recordAudit } from '../../audit/audit.service.js';
import { CalendarFeedEntity } from '../../planner/entities/calendar-feed.entity.js';
import type { UseCaseDeps } from '../../use-case-deps.js';
import { calendarTokenHash, newCalendarToken } from '../calendar-token.js';
import { toCalendarFeed } from '../queries/calendar-feed.js';
import type { IssuedCalendarFeedType } from '../types/calendar-feed.type.js';
import { workerTarget, type Worker } from '../worker.js';

/** Replaces any earlier feed, so the old URL stops working in the same transaction. */
export function regenerateCalendarFeed(deps: UseCaseDeps, worker: Worker): Promise<IssuedCalendarFeedType> {
  return deps.dataSource.transaction(async (manager) => {
    const token = newCalendarToken();
    const replaced = await manager.delete(CalendarFeedEntity, { userId: worker.userId, tenantId: worker.tenantId });
    const feed = await manager.save(manager.create(CalendarFeedEntity, { userId: worker.userId, tenantId: worker.tenantId, tokenHash: calendarTokenHash(token) }));
    await recordAudit(manager, worker.actor, {
      action: 'portal.calendar_feed.regenerate',
      ...workerTarget(worker),
      after: { replacedEarlierFeed: (replaced.affected ?? 0) > 0 },
    });
    return { url: `${deps.appUrl}/calendar/${token}.ics`, feed: toCalendarFeed(feed) };
  });
}

/** True when a feed existed and is now gone. */
export function revokeCalendarFeed(deps: UseCaseDeps, worker: Worker): Promise<boolean> {
  return deps.dataSource.transaction(async (manager) => {
    const removed = await manager.delete(CalendarFeedEntity, { userId: worker.userId, tenantId: worker.tenantId });
    if (!removed.affected) return false;
    await recordAudit(manager, worker.actor, { action: 'portal.calendar_feed.revoke', ...workerTarget(worker) });
    return true;
  });
}
