import { CreateDateColumn, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One successful sign-in; Recent Activity counts these. */
@Entity({ name: 'login_event' })
@Index('IDX_login_event_user_time', ['userId', 'occurredAt'])
export class LoginEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId: string;

  /** Not a foreign key: activity stays attributed after a user is deleted. */
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @CreateDateColumn({ name: 'occurred_at', type: 'timestamptz', precision: 3 })
  occurredAt: Date;
}
