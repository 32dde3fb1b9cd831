import { IsNull, type DataSource } from 'typeorm';
import { CalendarFeedEntity } from '../../planner/entities/calendar-feed.entity.js';
import { ShiftOfferEntity } from '../../planner/entities/shift-offer.entity.js';
import type { ShiftEntity } from '../../planner/entities/shift.entity.js';
import { isPlannerUser } from '../../planner/mappers/worker.mapper.js';
import { UserEntity } from '../../users/user.entity.js';
import { calendarTokenHash, isCalendarToken } from '../calendar-token.js';
import type { CalendarFeedType } from '../types/calendar-feed.type.js';
import type { Worker } from '../worker.js';

export interface FeedContents {
  owner: UserEntity;
  /** Accepted offers of shifts that are not cancelled, with their shift, by start. */
  offers: Array<ShiftOfferEntity & { shift: ShiftEntity }>;
}

export const toCalendarFeed = (feed: CalendarFeedEntity): CalendarFeedType => ({ createdAt: feed.createdAt, lastFetchedAt: feed.lastFetchedAt });

export async function currentCalendarFeed(dataSource: DataSource, worker: Worker): Promise<CalendarFeedType | null> {
  const feed = await dataSource.getRepository(CalendarFeedEntity).findOneBy({ userId: worker.userId, tenantId: worker.tenantId });
  return feed ? toCalendarFeed(feed) : null;
}

/**
 * What the feed behind a token shows, or null when the token is unknown or revoked, or its
 * owner can no longer use the portal (deactivated, deleted, access off): a calendar app then
 * gets the same 404 as for a made-up URL.
 */
export async function readCalendarFeed(dataSource: DataSource, token: string): Promise<FeedContents | null> {
  if (!isCalendarToken(token)) return null;
  const feed = await dataSource.getRepository(CalendarFeedEntity).findOneBy({ tokenHash: calendarTokenHash(token) });
  if (!feed) return null;
  const owner = await dataSource
    .getRepository(UserEntity)
    .findOne({ where: { id: feed.userId, tenantId: feed.tenantId, isActive: true, tenant: { suspendedAt: IsNull() } }, relations: { tenant: true } });
  if (!owner || !isPlannerUser(owner) || !owner.portalAccess) return null;
  await dataSource.getRepository(CalendarFeedEntity).update({ userId: feed.userId }, { lastFetchedAt: new Date() });
  const offers = await dataSource
    .getRepository(ShiftOfferEntity)
    .createQueryBuilder('offer')
    .innerJoinAndSelect('offer.shift', 'shift')
    .where('offer.tenant_id = :tenantId AND offer.user_id = :userId', { tenantId: feed.tenantId, userId: feed.userId })
    .andWhere("offer.status = 'ACCEPTED' AND shift.cancelled_at IS NULL")
    .orderBy('shift.starts_at', 'ASC')
    .getMany();
  return { owner, offers: offers as FeedContents['offers'] };
}
