import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { BadUserInputError } from '../../../kernel/errors.js';
import { isUuid } from '../../../kernel/ids.js';
import { AuditEntryEntity } from '../audit-entry.entity.js';
import type { AuditFilterInput } from '../audit-entry.type.js';

function checkId(field: string, value: string | null | undefined): void {
  if (value && !isUuid(value)) throw new BadUserInputError(`filter.${field}`, 'Not a valid id');
}

/** Refuses a filter that names no record or an empty period, before any query runs. */
export function checkAuditFilter(filter: AuditFilterInput): void {
  checkId('actorId', filter.actorId);
  checkId('targetId', filter.targetId);
  checkId('involvingId', filter.involvingId);
  if (filter.from && filter.to && filter.from > filter.to) throw new BadUserInputError('filter.to', 'The end is before the start');
}

/**
 * The alternatives of a filter that matches one id in either of two columns. The second leaves out
 * what the first matches, so the entries of the alternatives never overlap.
 */
type Alternatives = [string, string];

const ACTOR: Alternatives = ['entry.actor_user_id = :actorId', 'entry.actor_super_admin_id = :actorId AND entry.actor_user_id IS DISTINCT FROM :actorId'];
const INVOLVING: Alternatives = ['entry.actor_user_id = :involvingId', 'entry.target_id = :involvingId AND entry.actor_user_id IS DISTINCT FROM :involvingId'];

function baseQuery(dataSource: DataSource, tenantId: string | null, filter: AuditFilterInput): SelectQueryBuilder<AuditEntryEntity> {
  const query = dataSource
    .getRepository(AuditEntryEntity)
    .createQueryBuilder('entry')
    .where(tenantId ? 'entry.tenant_id = :tenantId' : 'entry.tenant_id IS NULL', { tenantId });
  if (filter.actorId) query.setParameter('actorId', filter.actorId);
  if (filter.involvingId) query.setParameter('involvingId', filter.involvingId);
  if (filter.targetId) query.andWhere('entry.target_id = :targetId', { targetId: filter.targetId });
  const action = filter.action?.trim();
  if (action) {
    // Compared in byte order, which gives the same answers as any deterministic collation, so that
    // IDX_audit_tenant_action_sequence (COLLATE "C") serves both, a prefix as a range.
    if (action.endsWith('.')) query.andWhere('entry.action COLLATE "C" LIKE :prefix', { prefix: `${action.replace(/[\\%_]/g, '\\$&')}%` });
    else query.andWhere('entry.action COLLATE "C" = :action', { action });
  }
  if (filter.from) query.andWhere('entry.occurred_at >= :from', { from: filter.from });
  if (filter.to) query.andWhere('entry.occurred_at <= :to', { to: filter.to });
  return query;
}

/**
 * The entries of a tenant's trail (or with a null tenant the platform's) that match the filter,
 * unordered, as disjoint parts whose union is the match: the page list and the CSV export share
 * them, so both always show the same entries. An actor or "involving" filter is an OR of two
 * columns, which no index reads in `sequence` order; each part has one column of each, so each
 * walks an index of (tenant, column, sequence) and the newest entries come first without a sort.
 */
export function filteredAuditEntryParts(dataSource: DataSource, tenantId: string | null, filter: AuditFilterInput): Array<SelectQueryBuilder<AuditEntryEntity>> {
  checkAuditFilter(filter);
  const ors = [filter.actorId ? ACTOR : null, filter.involvingId ? INVOLVING : null].filter((alternatives) => alternatives !== null);
  let parts: string[][] = [[]];
  for (const alternatives of ors) parts = parts.flatMap((conditions) => alternatives.map((alternative) => [...conditions, alternative]));
  return parts.map((conditions) => {
    const query = baseQuery(dataSource, tenantId, filter);
    for (const condition of conditions) query.andWhere(`(${condition})`);
    return query;
  });
}

/** All the matching entries in one query (an OR where the parts split it), for the CSV export. */
export function filteredAuditEntries(dataSource: DataSource, tenantId: string | null, filter: AuditFilterInput): SelectQueryBuilder<AuditEntryEntity> {
  checkAuditFilter(filter);
  const query = baseQuery(dataSource, tenantId, filter);
  if (filter.actorId) query.andWhere(`((${ACTOR[0]}) OR (${ACTOR[1]}))`);
  if (filter.involvingId) query.andWhere(`((${INVOLVING[0]}) OR (${INVOLVING[1]}))`);
  return query;
}
