import type { EntityManager } from 'typeorm';

/** The user a message is for. */
export interface MailRecipient {
  userId: string;
  tenantId: string;
}

export interface MailMessage {
  to: string;
  /** Kept with the message in the development outbox, which shows a tenant its own users' mail only. */
  recipient: MailRecipient;
  subject: string;
  text: string;
}

/**
 * Where mail goes. Senders pass their transaction and the message is written inside it, so the
 * change and its mail commit together. With SMTP (`kind: 'smtp'`) the delivery worker sends it
 * after the commit, retrying while the server is away: an SMTP outage delays mail, never a change.
 */
export interface MailPort {
  readonly kind: 'smtp' | 'outbox';
  send(message: MailMessage, manager: EntityManager): Promise<void>;
}
