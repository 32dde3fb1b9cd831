import type { DataSource } from 'typeorm';
import { MailMessageEntity } from '../mail-message.entity.js';
import type { UndeliveredMailType, UndeliveredStatusEnum } from '../undelivered-mail.type.js';

/** The tenant's queued and dead-lettered messages, newest first; matched on the recipient's tenant. */
export async function undeliveredMail(dataSource: DataSource, tenantId: string, limit: number): Promise<UndeliveredMailType[]> {
  const rows = await dataSource
    .getRepository(MailMessageEntity)
    .createQueryBuilder('mail')
    .select(['mail.id', 'mail.to', 'mail.subject', 'mail.status', 'mail.attempts', 'mail.nextAttemptAt', 'mail.lastError', 'mail.createdAt'])
    .where("mail.recipient_tenant_id = :tenantId AND mail.status IN ('QUEUED', 'FAILED')", { tenantId })
    .orderBy('mail.sequence', 'DESC')
    .limit(Math.min(Math.max(limit, 1), 200))
    .getMany();
  return rows.map(toUndeliveredMail);
}

export function toUndeliveredMail(row: MailMessageEntity): UndeliveredMailType {
  return {
    id: row.id,
    to: row.to,
    subject: row.subject,
    status: row.status as UndeliveredStatusEnum,
    attempts: row.attempts,
    nextAttemptAt: row.nextAttemptAt,
    lastError: row.lastError,
    createdAt: row.createdAt,
  };
}
