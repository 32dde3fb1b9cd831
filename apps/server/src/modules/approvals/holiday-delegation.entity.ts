import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { UserEntity } from '../users/user.entity.js';

/** While `delegator` is away, `delegate` approves in their place. */
@Entity({ name: 'holiday_delegation' })
@Check('CHK_holiday_delegation_dates', '"ends_on" >= "starts_on"')
@Check('CHK_holiday_delegation_parties', '"delegator_id" <> "delegate_id"')
@Index('IDX_holiday_delegation_delegator', ['delegatorId', 'startsOn'])
@Index('IDX_holiday_delegation_delegate', ['delegateId'])
export class HolidayDelegationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId: string;

  @Column({ name: 'delegator_id', type: 'uuid' })
  delegatorId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'delegator_id' })
  delegator?: Relation<UserEntity>;

  @Column({ name: 'delegate_id', type: 'uuid' })
  delegateId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'delegate_id' })
  delegate?: Relation<UserEntity>;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  @Column({ name: 'ends_on', type: 'date' })
  endsOn: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
