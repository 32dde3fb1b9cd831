import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { TenantEntity } from '../../tenants/tenant.entity.js';
import { UserEntity } from '../../users/user.entity.js';
import { TimeOffRequestEntity } from './time-off-request.entity.js';

export type UnavailabilitySourceValue = 'BLOCKED' | 'TIME_OFF';

/** A whole day a worker cannot be scheduled: blocked by them, or from approved time off. */
@Entity({ name: 'unavailable_day' })
@Index('UQ_unavailable_day_user_day', ['userId', 'day'], { unique: true })
@Check('CHK_unavailable_day_source', `"source" IN ('BLOCKED', 'TIME_OFF')`)
export class UnavailableDayEntity {
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

  /** YYYY-MM-DD */
  @Column({ type: 'date' })
  day: string;

  @Column({ type: 'varchar', length: 16 })
  source: UnavailabilitySourceValue;

  @Column({ name: 'time_off_request_id', type: 'uuid', nullable: true })
  timeOffRequestId: string | null;

  @ManyToOne(() => TimeOffRequestEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'time_off_request_id' })
  timeOffRequest?: Relation<TimeOffRequestEntity> | null;
}
