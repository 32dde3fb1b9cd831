import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { AuditEntryEntity } from '../audit-entry.entity.js';
import type { AuditFilterInput } from '../audit-entry.type.js';

/**
 * How far apart an entry's time and its write may be, and more: migration AuditWrittenInTime
 * refuses an entry written more than an hour after its time or more than a minute before it, and
 * the rest (59 minutes) is room for the database clock being set back.
 */
export const WRITE_TIME_SLACK_MS = 2 * 60 * 60 * 1000;

export interface SequenceBounds {
  /** Every entry of the range comes after this one. */
  after: string | null;
  /** Every entry of the range comes before this one. */
  before: string | null;
}

/**
 * Bounds on `sequence` (write order) for the entries of a time range, from two entries found by
 * time: one more than the slack before the range was written before every entry of the range, one
 * more than the slack after it was written after them. With them PostgreSQL reads a filter's
 * index from the range's end instead of walking every newer entry first.
 */
export async function sequenceBoundsOf(dataSource: DataSource, tenantId: string | null, filter: Pick<AuditFilterInput, 'from' | 'to'>): Promise<SequenceBounds> {
  const nearest = async (condition: string, time: Date, direction: 'ASC' | 'DESC') => {
    const row = await dataSource
      .getRepository(AuditEntryEntity)
      .createQueryBuilder('entry')
      .select('entry.sequence', 'sequence')
      .where(tenantId ? 'entry.tenant_id = :tenantId' : 'entry.tenant_id IS NULL', { tenantId })
      .andWhere(condition, { time })
      .orderBy('entry.occurred_at', direction)
      .limit(1)
      .getRawOne<{ sequence: string }>();
    return row ? String(row.sequence) : null;
  };
  const [after, before] = await Promise.all([
    filter.from ? nearest('entry.occurred_at < :time', new Date(filter.from.getTime() - WRITE_TIME_SLACK_MS), 'DESC') : null,
    filter.to ? nearest('entry.occurred_at > :time', new Date(filter.to.getTime() + WRITE_TIME_SLACK_MS), 'ASC') : null,
  ]);
  return { after, before };
}

/** The query narrowed to the bounds; the answers stay the same, only the reading shrinks. */
export function withinSequenceBounds(query: SelectQueryBuilder<AuditEntryEntity>, bounds: SequenceBounds): SelectQueryBuilder<AuditEntryEntity> {
  if (bounds.after) query.andWhere('entry.sequence > :boundAfter', { boundAfter: bounds.after });
  if (bounds.before) query.andWhere('entry.sequence < :boundBefore', { boundBefore: bounds.before });
  return query;
}
