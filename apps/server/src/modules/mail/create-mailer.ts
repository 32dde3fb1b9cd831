import type { Config } from '../../config.js';
import type { MailPort } from './mail.port.js';
import { OutboxMailer } from './outbox-mailer.js';

/** Queued for SMTP delivery when SMTP_URL is set; otherwise kept for the development outbox. */
export function createMailer(config: Config): MailPort {
  return new OutboxMailer(config.smtpUrl ? 'smtp' : 'outbox');
}
