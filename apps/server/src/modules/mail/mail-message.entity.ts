import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { UserEntity } from '../users/user.entity.js';

/**
 * CAPTURED: kept for the development outbox (no SMTP), never sent. QUEUED: waiting for the
 * delivery worker (due at `nextAttemptAt`). SENT: handed to the SMTP server. FAILED: dead-lettered
 * after the last attempt or a permanent refusal, until an administrator retries it.
 */
export const MAIL_STATUSES = ['CAPTURED', 'QUEUED', 'SENT', 'FAILED'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

/**
 * Every message, written in the sender's transaction so it commits or rolls back with the change:
 * with SMTP the delivery worker sends it after the commit (`deliver-due-mail.ts`); without, it stays
 * for /dev/outbox.
 */
@Entity({ name: 'mail_outbox' })
@Index('IDX_mail_outbox_time', ['createdAt'])
@Index('IDX_mail_outbox_sequence', ['sequence'])
@Index('IDX_mail_outbox_recipient_tenant_sequence', ['recipientTenantId', 'sequence'])
// The worker's claim: due queued rows in order, without walking the sent ones.
@Index('IDX_mail_outbox_due', ['nextAttemptAt'], { where: `"status" = 'QUEUED'` })
// The Mail delivery view: a tenant's undelivered messages, newest first.
@Index('IDX_mail_outbox_undelivered', ['recipientTenantId', 'sequence'], { where: `"status" IN ('QUEUED', 'FAILED')` })
@Check('CHK_mail_outbox_status', `"status" IN ('CAPTURED', 'QUEUED', 'SENT', 'FAILED')`)
export class MailMessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'to_address', type: 'varchar', length: 254 })
  to: string;

  /**
   * Who the mail is for, recorded when it is written: the outbox shows a tenant only mail to its
   * own users by id, since two tenants' users can share an address. Null on rows written before.
   */
  @Column({ name: 'recipient_user_id', type: 'uuid', nullable: true })
  recipientUserId: string | null;

  // Checked at commit: a new user's first mail is written before the user row, in one transaction.
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', deferrable: 'INITIALLY DEFERRED' })
  @JoinColumn({ name: 'recipient_user_id' })
  recipientUser?: Relation<UserEntity>;

  @Column({ name: 'recipient_tenant_id', type: 'uuid', nullable: true })
  recipientTenantId: string | null;

  @Column({ type: 'varchar', length: 300 })
  subject: string;

  @Column({ name: 'text_body', type: 'text' })
  text: string;

  @Column({ type: 'varchar', length: 10, default: 'CAPTURED' })
  status: MailStatus;

  /** Attempts started so far: counted when a worker claims the message, so a crash mid-send counts too. */
  @Column({ type: 'integer', default: 0 })
  attempts: number;

  /** QUEUED: when the next attempt may start; while a worker is sending, the end of its lease. */
  @Column({ name: 'next_attempt_at', type: 'timestamptz', precision: 3, nullable: true })
  nextAttemptAt: Date | null;

  /** The SMTP server's answer (or the connection error) of the last failed attempt. */
  @Column({ name: 'last_error', type: 'varchar', length: 500, nullable: true })
  lastError: string | null;

  @Column({ name: 'sent_at', type: 'timestamptz', precision: 3, nullable: true })
  sentAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  /** The order messages were written in: two of them can share a millisecond. */
  @Column({ type: 'bigint', generated: 'identity', generatedIdentity: 'ALWAYS', insert: false, update: false })
  sequence: string;
}
