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
 * The entries of a tenant's trail (or with a null tenant the platform's) that match the filter,
 * unordered: the page list and the CSV export share it, so both always show the same entries.
 */
export function filteredAuditEntries(dataSource: DataSource, tenantId: string | null, filter: AuditFilterInput): SelectQueryBuilder<AuditEntryEntity> {
  checkAuditFilter(filter);
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
  return query;
}
