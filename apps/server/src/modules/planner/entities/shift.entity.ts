import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { TenantEntity } from '../../tenants/tenant.entity.js';
import { SkillEntity } from './skill.entity.js';

@Entity({ name: 'shift' })
@Index('IDX_shift_tenant_starts', ['tenantId', 'startsAt'])
@Check('CHK_shift_ends_after_start', '"ends_at" > "starts_at"')
@Check('CHK_shift_headcount', '"headcount" >= 1')
export class ShiftEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId: string;

  @ManyToOne(() => TenantEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tenant_id' })
  tenant?: Relation<TenantEntity>;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'varchar', length: 200 })
  location: string;

  @Column({ name: 'required_skill_id', type: 'uuid', nullable: true })
  requiredSkillId: string | null;

  @ManyToOne(() => SkillEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'required_skill_id' })
  requiredSkill?: Relation<SkillEntity> | null;

  @Column({ type: 'integer', default: 1 })
  headcount: number;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  /** Who created it; an id rather than a foreign key so the shift outlives its creator's account. */
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;
}
