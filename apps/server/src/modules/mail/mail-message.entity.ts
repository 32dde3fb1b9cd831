import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { UserEntity } from '../users/user.entity.js';

/** The development outbox: mail that would have been sent, kept for /dev/outbox when no SMTP is set. */
@Entity({ name: 'mail_outbox' })
@Index('IDX_mail_outbox_time', ['createdAt'])
@Index('IDX_mail_outbox_sequence', ['sequence'])
@Index('IDX_mail_outbox_recipient_tenant_sequence', ['recipientTenantId', 'sequence'])
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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  /** The order messages were written in: two of them can share a millisecond. */
  @Column({ type: 'bigint', generated: 'identity', generatedIdentity: 'ALWAYS', insert: false, update: false })
  sequence: string;
}
