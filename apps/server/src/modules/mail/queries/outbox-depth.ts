import type { DataSource } from 'typeorm';

/** Messages waiting for delivery and dead-lettered ones, over every tenant (the partial indexes answer both). */
export async function outboxDepth(dataSource: DataSource): Promise<{ queued: number; failed: number }> {
  const rows: Array<{ status: string; count: string }> = await dataSource.query(
    "SELECT status, count(*)::text AS count FROM mail_outbox WHERE status IN ('QUEUED', 'FAILED') GROUP BY status",
  );
  const count = (status: string) => Number(rows.find((row) => row.status === status)?.count ?? 0);
  return { queued: count('QUEUED'), failed: count('FAILED') };
}
