import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { TenantEntity } from '../../tenants/tenant.entity.js';
import { UserEntity } from '../../users/user.entity.js';
import { ShiftEntity } from './shift.entity.js';

export type OfferStatusValue = 'OFFERED' | 'ACCEPTED' | 'DECLINED' | 'WITHDRAWN';

/** A shift offered to one worker; re-offering reuses the row, so there is one per shift and worker. */
@Entity({ name: 'shift_offer' })
@Index('UQ_shift_offer_shift_user', ['shiftId', 'userId'], { unique: true })
@Index('IDX_shift_offer_user', ['userId'])
@Check('CHK_shift_offer_status', `"status" IN ('OFFERED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')`)
export class ShiftOfferEntity {
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

  @Column({ type: 'varchar', length: 16, default: 'OFFERED' })
  status: OfferStatusValue;

  @Column({ name: 'offered_at', type: 'timestamptz', default: () => 'now()' })
  offeredAt: Date;

  @Column({ name: 'responded_at', type: 'timestamptz', nullable: true })
  respondedAt: Date | null;

  /** When the worker was reminded that the report of this (accepted, ended) shift is due: once only. */
  @Column({ name: 'report_reminded_at', type: 'timestamptz', nullable: true })
  reportRemindedAt: Date | null;
}
