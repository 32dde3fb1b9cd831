import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { TenantEntity } from '../../tenants/tenant.entity.js';
import { UserEntity } from '../../users/user.entity.js';

export type TimeOffStatusValue = 'PENDING' | 'APPROVED' | 'REJECTED' | 'CANCELLED';

/** Whole days off, both ends inclusive; approval turns every day into unavailability. */
@Entity({ name: 'time_off_request' })
@Index('IDX_time_off_request_tenant_status', ['tenantId', 'status', 'createdAt'])
@Index('IDX_time_off_request_user', ['userId'])
@Check('CHK_time_off_request_range', '"end_date" >= "start_date" AND "end_date" - "start_date" < 366')
@Check('CHK_time_off_request_status', `"status" IN ('PENDING', 'APPROVED', 'REJECTED', 'CANCELLED')`)
export class TimeOffRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId: string;

  @ManyToOne(() => TenantEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tenant_id' })
  tenant?: Relation<TenantEntity>;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;

  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  @Column({ name: 'end_date', type: 'date' })
  endDate: string;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ type: 'varchar', length: 16, default: 'PENDING' })
  status: TimeOffStatusValue;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'reviewed_by', type: 'uuid', nullable: true })
  reviewedBy: string | null;

  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;

  @Column({ name: 'review_note', type: 'text', nullable: true })
  reviewNote: string | null;
}
