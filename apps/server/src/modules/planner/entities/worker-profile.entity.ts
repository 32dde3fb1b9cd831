import { Column, Entity, JoinColumn, ManyToOne, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import { TenantEntity } from '../../tenants/tenant.entity.js';
import { UserEntity } from '../../users/user.entity.js';

export type PayTypeValue = 'HOURLY' | 'DAILY' | 'SALARIED';

/** One contracted working day: 1 = Monday ... 7 = Sunday, times as HH:MM. */
export interface WorkingDayValue {
  weekday: number;
  start: string;
  end: string;
}

/**
 * The planner side of a user. Created lazily the first time anything is written, so a planner
 * user without a row simply has empty details, no compensation and no working hours.
 */
@Entity({ name: 'worker_profile' })
export class WorkerProfileEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @OneToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId: string;

  @ManyToOne(() => TenantEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tenant_id' })
  tenant?: Relation<TenantEntity>;

  @Column({ type: 'varchar', length: 300, nullable: true })
  address: string | null;

  @Column({ name: 'emergency_contact_name', type: 'varchar', length: 200, nullable: true })
  emergencyContactName: string | null;

  @Column({ name: 'emergency_contact_phone', type: 'varchar', length: 50, nullable: true })
  emergencyContactPhone: string | null;

  @Column({ name: 'pay_type', type: 'varchar', length: 16, nullable: true })
  payType: PayTypeValue | null;

  /** numeric comes back as a string: money is never a float. */
  @Column({ name: 'pay_rate', type: 'numeric', precision: 12, scale: 2, nullable: true })
  payRate: string | null;

  @Column({ name: 'pay_currency', type: 'char', length: 3, nullable: true })
  payCurrency: string | null;

  @Column({ name: 'contracted_hours_per_week', type: 'numeric', precision: 5, scale: 2, nullable: true })
  contractedHoursPerWeek: string | null;

  @Column({ name: 'max_hours_per_week', type: 'numeric', precision: 5, scale: 2, nullable: true })
  maxHoursPerWeek: string | null;

  @Column({ name: 'working_days', type: 'jsonb', default: () => "'[]'" })
  workingDays: WorkingDayValue[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  restrictions: string[];

  @Column({ name: 'details_updated_at', type: 'timestamptz', nullable: true })
  detailsUpdatedAt: Date | null;

  /** A label (display name), not a foreign key: it stays readable after the editor leaves. */
  @Column({ name: 'details_updated_by', type: 'varchar', length: 200, nullable: true })
  detailsUpdatedBy: string | null;
}
