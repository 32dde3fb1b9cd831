import type { DataSource } from 'typeorm';
import { BadUserInputError } from '../../../kernel/errors.js';
import { isUuid } from '../../../kernel/ids.js';
import { AuditEntryEntity } from '../audit-entry.entity.js';
import { toAuditEntryType } from '../audit-entry.mapper.js';
import type { AuditEntryConnectionType, AuditFilterInput } from '../audit-entry.type.js';

const MAX_PAGE = 200;

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

function checkId(field: string, value: string | null | undefined): void {
  if (value && !isUuid(value)) throw new BadUserInputError(`filter.${field}`, 'Not a valid id');
}

/**
 * A tenant's audit trail, or with a null tenant the platform's (super admins' actions outside any
 * tenant), newest first, filtered and paged by keyset.
 */
export async function listAuditEntries(
  dataSource: DataSource,
  tenantId: string | null,
  filter: AuditFilterInput,
  page: { first: number; after?: string | null },
): Promise<AuditEntryConnectionType> {
  if (!Number.isInteger(page.first) || page.first < 1 || page.first > MAX_PAGE) {
    throw new BadUserInputError('first', `Ask for between 1 and ${MAX_PAGE} entries per page`);
  }
  checkId('actorId', filter.actorId);
  checkId('targetId', filter.targetId);
  checkId('involvingId', filter.involvingId);
  if (filter.from && filter.to && filter.from > filter.to) throw new BadUserInputError('filter.to', 'The end is before the start');

  const query = dataSource
    .getRepository(AuditEntryEntity)
    .createQueryBuilder('entry')
    .where(tenantId ? 'entry.tenant_id = :tenantId' : 'entry.tenant_id IS NULL', { tenantId });
  if (filter.actorId) query.andWhere('(entry.actor_user_id = :actorId OR entry.actor_super_admin_id = :actorId)', { actorId: filter.actorId });
  if (filter.targetId) query.andWhere('entry.target_id = :targetId', { targetId: filter.targetId });
  if (filter.involvingId) {
    query.andWhere('(entry.actor_user_id = :involvingId OR entry.target_id = :involvingId)', { involvingId: filter.involvingId });
  }
  const action = filter.action?.trim();
  if (action) {
    if (action.endsWith('.')) query.andWhere('entry.action LIKE :prefix', { prefix: `${action.replace(/[\\%_]/g, '\\$&')}%` });
    else query.andWhere('entry.action = :action', { action });
  }
  if (filter.from) query.andWhere('entry.occurred_at >= :from', { from: filter.from });
  if (filter.to) query.andWhere('entry.occurred_at <= :to', { to: filter.to });

  const totalCount = await query.clone().getCount();
  if (page.after) query.andWhere('entry.sequence < :sequence', { sequence: decodeCursor(page.after) });
  const rows = await query.orderBy('entry.sequence', 'DESC').limit(page.first + 1).getMany();
  const entries = rows.slice(0, page.first);
  const edges = entries.map((entry) => ({ cursor: encodeCursor(entry), node: toAuditEntryType(entry) }));
  return { edges, pageInfo: { hasNextPage: rows.length > page.first, endCursor: edges.at(-1)?.cursor ?? null }, totalCount };
}
