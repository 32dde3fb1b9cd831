import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { TenantEntity } from '../../tenants/tenant.entity.js';
import { UserEntity } from '../../users/user.entity.js';

export const NOTIFICATION_EVENTS = ['SHIFT_OFFERED', 'SHIFT_CANCELLED', 'REPORT_DUE', 'CERTIFICATION_REVIEWED', 'TIME_OFF_REVIEWED'] as const;
export type NotificationEventValue = (typeof NOTIFICATION_EVENTS)[number];

/** A worker's choice for one event; no row means email on. */
@Entity({ name: 'notification_preference' })
export class NotificationPreferenceEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  event: NotificationEventValue;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId: string;

  @ManyToOne(() => TenantEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tenant_id' })
  tenant?: Relation<TenantEntity>;

  @Column({ type: 'boolean' })
  email: boolean;
}
