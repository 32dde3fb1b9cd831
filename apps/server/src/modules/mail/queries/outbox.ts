import type { DataSource } from 'typeorm';
import { ForbiddenError } from '../../../kernel/errors.js';
import { MailMessageEntity } from '../mail-message.entity.js';
import type { MailPort } from '../mail.port.js';
import type { OutboxMessageType } from '../mail-message.type.js';

/**
 * The newest messages to users of the tenant in the development outbox; refused when real mail
 * goes out over SMTP, and unless `readable` (never in production: it holds temporary passwords).
 * Matched on the recipient's user id recorded with each message, never on the address: users of
 * two tenants can share one, and an address match would show one organisation another's temporary
 * passwords. Messages written before the id was recorded match no tenant.
 */
export async function latestOutboxMessages(
  dataSource: DataSource,
  mailer: MailPort,
  readable: boolean,
  tenantId: string,
  limit: number,
): Promise<OutboxMessageType[]> {
  if (mailer.kind !== 'outbox') {
    throw new ForbiddenError('Mail is delivered over SMTP: there is no development outbox', { reason: 'OUTBOX_UNAVAILABLE' });
  }
  if (!readable) {
    throw new ForbiddenError('The development outbox is not available in production', { reason: 'OUTBOX_UNAVAILABLE' });
  }
  return dataSource
    .getRepository(MailMessageEntity)
    .createQueryBuilder('mail')
    .where("mail.recipient_tenant_id = :tenantId AND mail.recipient_user_id IS NOT NULL AND mail.status = 'CAPTURED'", { tenantId })
    .orderBy('mail.sequence', 'DESC')
    .limit(Math.min(Math.max(limit, 1), 200))
    .getMany();
}
