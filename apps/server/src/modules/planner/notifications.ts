import { DEFAULT_TIME_ZONE } from '@access/domain';
import type { EntityManager } from 'typeorm';
import type { MailPort } from '../mail/mail.port.js';
import type { NotificationEventValue } from './entities/notification-preference.entity.js';

export interface WorkerNotice {
  subject: string;
  /**
   * The body's paragraphs; the greeting and the signature are added here. A function gets the
   * recipient's time zone (their own, else the tenant's), for notices that name a time.
   */
  lines: string[] | ((timeZone: string) => string[]);
}

interface Recipient {
  tenant_id: string;
  email: string;
  name: string;
  tenant_name: string;
  email_on: boolean;
  time_zone: string;
}

/**
 * Emails a worker about a planner event unless they switched that event off in the portal (no
 * preference row means on). Queued in the caller's transaction, like every mail, so the notice
 * commits with the change and is delivered after it. Returns whether a mail was queued.
 */
export async function notifyWorker(
  manager: EntityManager,
  mailer: MailPort,
  userId: string,
  event: NotificationEventValue,
  notice: WorkerNotice,
): Promise<boolean> {
  const [recipient]: Recipient[] = await manager.query(
    `SELECT u.tenant_id,
            u.email,
            coalesce(nullif(trim(coalesce(u.first_name, '') || ' ' || coalesce(u.last_name, '')), ''), u.username) AS name,
            t.name AS tenant_name,
            coalesce(p.email, true) AS email_on,
            coalesce(u.time_zone, t.settings->>'timeZone', $3) AS time_zone
       FROM user_account u
       JOIN tenant t ON t.id = u.tenant_id
       LEFT JOIN notification_preference p ON p.user_id = u.id AND p.event = $2
      WHERE u.id = $1 AND u.deleted_at IS NULL`,
    [userId, event, DEFAULT_TIME_ZONE],
  );
  if (!recipient || !recipient.email_on) return false;
  const lines = typeof notice.lines === 'function' ? notice.lines(recipient.time_zone) : notice.lines;
  await mailer.send(
    {
      to: recipient.email,
      recipient: { userId, tenantId: recipient.tenant_id },
      subject: notice.subject,
      text: [`Hello ${recipient.name},`, '', ...lines].join('\n') + `\n\n— ${recipient.tenant_name}, through Access`,
    },
    manager,
  );
  return true;
}
