import type { DataSource } from 'typeorm';
import { BadUserInputError } from '../../../kernel/errors.js';
import { AuditEntryEntity } from '../audit-entry.entity.js';
import { toAuditEntryType } from '../audit-entry.mapper.js';
import type { AuditEntryConnectionType, AuditFilterInput } from '../audit-entry.type.js';
import { filteredAuditEntries } from './filtered-entries.js';

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
  const query = filteredAuditEntries(dataSource, tenantId, filter);

  const totalCount = await query.clone().getCount();
  if (page.after) query.andWhere('entry.sequence < :sequence', { sequence: decodeCursor(page.after) });
  const rows = await query.orderBy('entry.sequence', 'DESC').limit(page.first + 1).getMany();
  const entries = rows.slice(0, page.first);
  const edges = entries.map((entry) => ({ cursor: encodeCursor(entry), node: toAuditEntryType(entry) }));
  return { edges, pageInfo: { hasNextPage: rows.length > page.first, endCursor: edges.at(-1)?.cursor ?? null }, totalCount };
}
