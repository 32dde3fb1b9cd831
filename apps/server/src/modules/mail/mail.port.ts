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
 * Where mail goes. Senders pass their transaction: the outbox writes inside it, and SMTP sends
 * before it commits, so a change whose email cannot be delivered is rolled back, not half done.
 */
export interface MailPort {
  readonly kind: 'smtp' | 'outbox';
  send(message: MailMessage, manager: EntityManager): Promise<void>;
  close?(): void;
}
