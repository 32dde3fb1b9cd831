import type { EntityManager } from 'typeorm';
import { MailMessageEntity } from './mail-message.entity.js';
import type { MailMessage, MailPort } from './mail.port.js';

/** Development adapter: keeps messages in the database for the /dev/outbox page. */
export class OutboxMailer implements MailPort {
  readonly kind = 'outbox' as const;

  async send(message: MailMessage, manager: EntityManager): Promise<void> {
    await manager.insert(MailMessageEntity, {
      to: message.to,
      recipientUserId: message.recipient.userId,
      recipientTenantId: message.recipient.tenantId,
      subject: message.subject,
      text: message.text,
    });
  }
}
