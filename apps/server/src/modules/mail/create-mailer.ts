import type { Config } from '../../config.js';
import type { MailPort } from './mail.port.js';
import { OutboxMailer } from './outbox-mailer.js';
import { SmtpMailer } from './smtp-mailer.js';

/** SMTP when SMTP_URL is set; otherwise the development outbox. */
export function createMailer(config: Config): MailPort {
  return config.smtpUrl ? new SmtpMailer(config.smtpUrl, config.mailFrom) : new OutboxMailer();
}
