import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { TenantEntity } from '../../tenants/tenant.entity.js';
import { UserEntity } from '../../users/user.entity.js';
import { ShiftEntity } from './shift.entity.js';

export type ReportStatusValue = 'SUBMITTED' | 'REVIEWED';

/** A worker's report on a shift they worked; one per shift and worker. */
@Entity({ name: 'after_shift_report' })
@Index('UQ_after_shift_report_shift_user', ['shiftId', 'userId'], { unique: true })
@Index('IDX_after_shift_report_tenant_submitted', ['tenantId', 'submittedAt'])
@Check('CHK_after_shift_report_hours', '"hours_worked" > 0 AND "hours_worked" <= 24')
@Check('CHK_after_shift_report_status', `"status" IN ('SUBMITTED', 'REVIEWED')`)
export class AfterShiftReportEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId: string;

  @ManyToOne(() => TenantEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tenant_id' })
  tenant?: Relation<TenantEntity>;

  @Column({ name: 'shift_id', type: 'uuid' })
  shiftId: string;

  @ManyToOne(() => ShiftEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'shift_id' })
  shift?: Relation<ShiftEntity>;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;

  @Column({ name: 'hours_worked', type: 'numeric', precision: 5, scale: 2 })
  hoursWorked: string;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ type: 'text', nullable: true })
  incidents: string | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', default: () => 'now()' })
  submittedAt: Date;

  @Column({ type: 'varchar', length: 16, default: 'SUBMITTED' })
  status: ReportStatusValue;

  @Column({ name: 'reviewed_by', type: 'uuid', nullable: true })
  reviewedBy: string | null;

  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;

  @Column({ name: 'review_note', type: 'text', nullable: true })
  reviewNote: string | null;
}
