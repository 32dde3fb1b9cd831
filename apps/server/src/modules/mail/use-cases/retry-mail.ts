import { ConflictError, NotFoundError } from '../../../kernel/errors.js';
import { isUuid } from '../../../kernel/ids.js';
import type { Actor } from '../../audit/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import type { UseCaseDeps } from '../../use-case-deps.js';
import { MailMessageEntity } from '../mail-message.entity.js';
import { announceQueuedMail } from '../outbox-mailer.js';
import { toUndeliveredMail } from '../queries/undelivered-mail.js';
import type { UndeliveredMailType } from '../undelivered-mail.type.js';

/**
 * Queues a dead-lettered message again with a fresh set of attempts, due at once (after the SMTP
 * server or the address was fixed). Only FAILED messages: a queued one is already on its way. Not
 * without SMTP: no worker runs, and the message would wait for good.
 */
export function retryMail(deps: UseCaseDeps, actor: Actor, id: string): Promise<UndeliveredMailType> {
  return deps.dataSource.transaction(async (manager) => {
    const notFound = () => new NotFoundError('Message', { field: 'id' });
    if (!isUuid(id)) throw notFound();
    const message = await manager.findOne(MailMessageEntity, {
      where: { id, recipientTenantId: actor.tenantId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!message) throw notFound();
    if (deps.mailer.kind !== 'smtp') {
      throw new ConflictError('Mail is not delivered over SMTP on this server, so nothing would send the message', { reason: 'SMTP_NOT_CONFIGURED' });
    }
    if (message.status !== 'FAILED') {
      throw new ConflictError('Only a message whose delivery failed can be retried', { reason: 'MAIL_NOT_FAILED', status: message.status });
    }
    const before = { status: message.status, attempts: message.attempts, lastError: message.lastError };
    message.status = 'QUEUED';
    message.attempts = 0;
    message.nextAttemptAt = new Date();
    await manager.save(message);
    await announceQueuedMail(manager);
    await recordAudit(manager, actor, {
      action: 'mail.retry',
      targetType: 'mail',
      targetId: message.id,
      targetLabel: `${message.subject} (${message.to})`,
      before,
      after: { status: message.status, attempts: message.attempts },
    });
    return toUndeliveredMail(message);
  });
}
