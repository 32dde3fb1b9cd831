import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import type { DataSource } from 'typeorm';
import type { AuditEntryEntity } from '../audit-entry.entity.js';
import type { AuditFilterInput } from '../audit-entry.type.js';
import { filteredAuditEntries } from '../queries/filtered-entries.js';
import { sequenceBoundsOf, withinSequenceBounds } from '../queries/sequence-bounds.js';

/** Rows read per query: large enough to keep round trips few, small enough to hold little in memory. */
export const AUDIT_EXPORT_BATCH = 500;

export const AUDIT_CSV_COLUMNS = [
  'occurredAt',
  'actor',
  'actorUserId',
  'actorSuperAdminId',
  'action',
  'targetType',
  'targetId',
  'targetLabel',
  'before',
  'after',
  'originIp',
] as const;

/** A cell a spreadsheet would run as a formula (= + - @ tab CR) gets a leading apostrophe. */
function defused(value: string | null): string {
  if (value === null) return '';
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function row(entry: AuditEntryEntity): string[] {
  return [
    entry.occurredAt.toISOString(),
    entry.actorLabel,
    entry.actorUserId,
    entry.actorSuperAdminId,
    entry.action,
    entry.targetType,
    entry.targetId,
    entry.targetLabel,
    entry.before && JSON.stringify(entry.before),
    entry.after && JSON.stringify(entry.after),
    entry.origin?.ip ?? null,
  ].map(defused);
}

/** The matching entries newest first, read by keyset on `sequence` so no batch rescans the ones before. */
async function* entriesInBatches(dataSource: DataSource, tenantId: string | null, filter: AuditFilterInput, batchSize: number): AsyncGenerator<string[]> {
  let before: string | null = null;
  const bounds = await sequenceBoundsOf(dataSource, tenantId, filter);
  for (;;) {
    const query = withinSequenceBounds(filteredAuditEntries(dataSource, tenantId, filter), bounds);
    if (before !== null) query.andWhere('entry.sequence < :before', { before });
    const batch = await query.orderBy('entry.sequence', 'DESC').limit(batchSize).getMany();
    for (const entry of batch) yield row(entry);
    if (batch.length < batchSize) return;
    before = batch[batch.length - 1]!.sequence;
  }
}

/**
 * Writes a tenant's (or with a null tenant the platform's) whole filtered trail as CSV with a header row, with backpressure, so memory
 * stays one batch whatever the size. Check the filter first (`checkAuditFilter`) while bad input can
 * still get a status instead of a cut-off file.
 */
export async function writeAuditCsv(
  dataSource: DataSource,
  tenantId: string | null,
  filter: AuditFilterInput,
  output: Writable,
  batchSize = AUDIT_EXPORT_BATCH,
): Promise<void> {
  await pipeline(
    Readable.from(entriesInBatches(dataSource, tenantId, filter, batchSize)),
    stringify({ header: true, columns: [...AUDIT_CSV_COLUMNS], record_delimiter: 'windows' }),
    output,
  );
}
