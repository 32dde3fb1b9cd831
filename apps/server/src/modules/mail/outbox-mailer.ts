import type { EntityManager } from 'typeorm';
import { MailMessageEntity } from './mail-message.entity.js';
import type { MailMessage, MailPort } from './mail.port.js';

/** Every instance's delivery worker listens here: a commit that queued mail wakes them at once. */
export const MAIL_QUEUED_CHANNEL = 'access_mail_queued';

/**
 * Writes each message into the outbox table in the sender's transaction. With SMTP it is QUEUED
 * for the delivery worker, and the same transaction announces it (PostgreSQL delivers the notice
 * with the commit, and never for a rollback); without, it is CAPTURED for the /dev/outbox page.
 */
export class OutboxMailer implements MailPort {
  constructor(readonly kind: 'smtp' | 'outbox') {}

  async send(message: MailMessage, manager: EntityManager): Promise<void> {
    const queued = this.kind === 'smtp';
    await manager.insert(MailMessageEntity, {
      to: message.to,
      recipientUserId: message.recipient.userId,
      recipientTenantId: message.recipient.tenantId,
      subject: message.subject,
      text: message.text,
      status: queued ? 'QUEUED' : 'CAPTURED',
      nextAttemptAt: queued ? new Date() : null,
    });
    if (queued) await announceQueuedMail(manager);
  }
}

/** PostgreSQL folds a transaction's identical notices into one, so a burst of mail is one wake-up. */
export async function announceQueuedMail(manager: EntityManager): Promise<void> {
  await manager.query(`SELECT pg_notify('${MAIL_QUEUED_CHANNEL}', '')`);
}
