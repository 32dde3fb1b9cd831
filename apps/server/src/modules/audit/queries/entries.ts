import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { BadUserInputError } from '../../../kernel/errors.js';
import { AuditEntryEntity } from '../audit-entry.entity.js';
import { toAuditEntryType } from '../audit-entry.mapper.js';
import type { AuditEntryConnectionType, AuditFilterInput } from '../audit-entry.type.js';
import { filteredAuditEntryParts } from './filtered-entries.js';
import { sequenceBoundsOf, withinSequenceBounds } from './sequence-bounds.js';

const MAX_PAGE = 200;

/**
 * Counting stops past this many matches: an exact count of a trail of millions reads every
 * matching index entry (about 700 ms for 10 M), while this many take a few milliseconds.
 */
export const AUDIT_COUNT_CAP = 10_000;

function encodeCursor(entry: AuditEntryEntity): string {
  return Buffer.from(JSON.stringify({ sequence: String(entry.sequence) })).toString('base64url');
}

const MAX_BIGINT = 9223372036854775807n;

function decodeCursor(cursor: string): string {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const sequence = (value as { sequence?: unknown } | null)?.sequence;
    // The column is a bigint: a longer or larger number is no cursor this server handed out.
    if (typeof sequence === 'string' && /^\d{1,19}$/.test(sequence) && BigInt(sequence) <= MAX_BIGINT) return sequence;
  } catch {
    // reported below as bad input
  }
  throw new BadUserInputError('after', 'The cursor is not valid; start again from the first page');
}

const parametersOf = (parts: Array<SelectQueryBuilder<AuditEntryEntity>>) => Object.assign({}, ...parts.map((part) => part.getParameters())) as Record<string, unknown>;

/** Up to cap + 1: each part stops there, so the count reads at most that many index entries per part. */
async function countUpTo(dataSource: DataSource, parts: Array<SelectQueryBuilder<AuditEntryEntity>>, cap: number): Promise<number> {
  const limited = parts.map((part) => `(${part.clone().select('1', 'one').orderBy().limit(cap + 1).getQuery()})`);
  const row = await dataSource
    .createQueryBuilder()
    .select('count(*)::int', 'total')
    .from(`(${limited.join(' UNION ALL ')})`, 'matches')
    .setParameters(parametersOf(parts))
    .getRawOne<{ total: number }>();
  return Math.min(row?.total ?? 0, cap + 1);
}

/**
 * The newest `limit` entries of the union of the parts: each part's newest, merged. With few
 * matches the order is `sequence + 0`, which no index returns in order, so PostgreSQL finds the
 * matches through the filter's own index and sorts them. Otherwise it may walk the sequence index
 * from the newest entry hoping to meet a page of matches soon: for one day a year back it read
 * 3.3 M entries first (8.5 s), not knowing that time and sequence go together.
 */
async function newestOf(dataSource: DataSource, parts: Array<SelectQueryBuilder<AuditEntryEntity>>, limit: number, fewMatches: boolean): Promise<AuditEntryEntity[]> {
  const order = fewMatches ? 'entry.sequence + 0' : 'entry.sequence';
  if (parts.length === 1) return parts[0]!.orderBy(order, 'DESC').limit(limit).getMany();
  const newest = parts.map((part) => `(${part.select('entry.id', 'id').addSelect('entry.sequence', 'sequence').orderBy(order, 'DESC').limit(limit).getQuery()})`);
  return dataSource
    .getRepository(AuditEntryEntity)
    .createQueryBuilder('entry')
    .where(`entry.id IN (SELECT page.id FROM (${newest.join(' UNION ALL ')}) page ORDER BY page.sequence DESC LIMIT ${limit})`)
    .setParameters(parametersOf(parts))
    .orderBy('entry.sequence', 'DESC')
    .getMany();
}

/**
 * A tenant's audit trail, or with a null tenant the platform's (super admins' actions outside any
 * tenant), newest first, filtered and paged by keyset, with the number of matches up to a cap.
 */
export async function listAuditEntries(
  dataSource: DataSource,
  tenantId: string | null,
  filter: AuditFilterInput,
  page: { first: number; after?: string | null },
  countCap = AUDIT_COUNT_CAP,
): Promise<AuditEntryConnectionType> {
  if (!Number.isInteger(page.first) || page.first < 1 || page.first > MAX_PAGE) {
    throw new BadUserInputError('first', `Ask for between 1 and ${MAX_PAGE} entries per page`);
  }
  const before = page.after ? decodeCursor(page.after) : null;
  const bounds = await sequenceBoundsOf(dataSource, tenantId, filter);
  const parts = filteredAuditEntryParts(dataSource, tenantId, filter).map((part) => withinSequenceBounds(part, bounds));
  const counted = await countUpTo(dataSource, parts, countCap);
  if (before !== null) for (const part of parts) part.andWhere('entry.sequence < :sequence', { sequence: before });
  const rows = await newestOf(dataSource, parts, page.first + 1, counted <= countCap);
  const entries = rows.slice(0, page.first);
  const edges = entries.map((entry) => ({ cursor: encodeCursor(entry), node: toAuditEntryType(entry) }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > page.first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: Math.min(counted, countCap),
    totalCountCapped: counted > countCap,
  };
}
