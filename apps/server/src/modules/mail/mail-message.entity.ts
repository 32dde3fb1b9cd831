import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** The development outbox: mail that would have been sent, kept for /dev/outbox when no SMTP is set. */
@Entity({ name: 'mail_outbox' })
@Index('IDX_mail_outbox_time', ['createdAt'])
@Index('IDX_mail_outbox_sequence', ['sequence'])
export class MailMessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'to_address', type: 'varchar', length: 254 })
  to: string;

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
