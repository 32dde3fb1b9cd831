import { randomBytes } from 'node:crypto';
import { sha256Hex } from '../secrets/sha256-hex.js';
import type { DataSource } from 'typeorm';
import { recordAudit } from '../audit/audit.service.js';
import { CalendarFeedEntity } from '../planner/entities/calendar-feed.entity.js';
import { ShiftOfferEntity } from '../planner/entities/shift-offer.entity.js';
import type { ShiftEntity } from '../planner/entities/shift.entity.js';
import { UserEntity } from '../users/user.entity.js';
import type { CalendarFeedType, IssuedCalendarFeedType } from './calendar-feed.type.js';
import { isPlannerUser } from '../planner/mappers/worker.mapper.js';
import { workerTarget, type Worker } from './worker.js';

export const CALENDAR_TOKEN_PREFIX = 'cal_';
const TOKEN = /^cal_[A-Za-z0-9_-]{43}$/;

const hashOf = sha256Hex;
const toType = (feed: CalendarFeedEntity): CalendarFeedType => ({ createdAt: feed.createdAt, lastFetchedAt: feed.lastFetchedAt });

export interface FeedContents {
  owner: UserEntity;
  /** Accepted offers of shifts that are not cancelled, with their shift, by start. */
  offers: Array<ShiftOfferEntity & { shift: ShiftEntity }>;
}

/** The secret per-worker iCal feed: issued (URL shown once), revoked, and read by its token. */
export class CalendarFeedService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly appUrl: () => string,
  ) {}

  async current(worker: Worker): Promise<CalendarFeedType | null> {
    const feed = await this.dataSource.getRepository(CalendarFeedEntity).findOneBy({ userId: worker.userId, tenantId: worker.tenantId });
    return feed ? toType(feed) : null;
  }

  /** Replaces any earlier feed, so the old URL stops working in the same transaction. */
  regenerate(worker: Worker): Promise<IssuedCalendarFeedType> {
    return this.dataSource.transaction(async (manager) => {
      const token = `${CALENDAR_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
      const replaced = await manager.delete(CalendarFeedEntity, { userId: worker.userId, tenantId: worker.tenantId });
      const feed = await manager.save(manager.create(CalendarFeedEntity, { userId: worker.userId, tenantId: worker.tenantId, tokenHash: hashOf(token) }));
      await recordAudit(manager, worker.actor, {
        action: 'portal.calendar_feed.regenerate',
        ...workerTarget(worker),
        after: { replacedEarlierFeed: (replaced.affected ?? 0) > 0 },
      });
      return { url: `${this.appUrl()}/calendar/${token}.ics`, feed: toType(feed) };
    });
  }

  /** True when a feed existed and is now gone. */
  revoke(worker: Worker): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const removed = await manager.delete(CalendarFeedEntity, { userId: worker.userId, tenantId: worker.tenantId });
      if (!removed.affected) return false;
      await recordAudit(manager, worker.actor, { action: 'portal.calendar_feed.revoke', ...workerTarget(worker) });
      return true;
    });
  }

  /**
   * What the feed behind a token shows, or null when the token is unknown or revoked, or its
   * owner can no longer use the portal (deactivated, deleted, access off): a calendar app then
   * gets the same 404 as for a made-up URL.
   */
  async read(token: string): Promise<FeedContents | null> {
    if (!TOKEN.test(token)) return null;
    const feed = await this.dataSource.getRepository(CalendarFeedEntity).findOneBy({ tokenHash: hashOf(token) });
    if (!feed) return null;
    const owner = await this.dataSource.getRepository(UserEntity).findOneBy({ id: feed.userId, tenantId: feed.tenantId, isActive: true });
    if (!owner || !isPlannerUser(owner) || !owner.portalAccess) return null;
    await this.dataSource.getRepository(CalendarFeedEntity).update({ userId: feed.userId }, { lastFetchedAt: new Date() });
    const offers = await this.dataSource
      .getRepository(ShiftOfferEntity)
      .createQueryBuilder('offer')
      .innerJoinAndSelect('offer.shift', 'shift')
      .where('offer.tenant_id = :tenantId AND offer.user_id = :userId', { tenantId: feed.tenantId, userId: feed.userId })
      .andWhere("offer.status = 'ACCEPTED' AND shift.cancelled_at IS NULL")
      .orderBy('shift.starts_at', 'ASC')
      .getMany();
    return { owner, offers: offers as FeedContents['offers'] };
  }
}
