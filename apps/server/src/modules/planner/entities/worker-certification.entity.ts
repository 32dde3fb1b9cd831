import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { TenantEntity } from '../../tenants/tenant.entity.js';
import { UserEntity } from '../../users/user.entity.js';

export type CertificationStatusValue = 'AWAITING_PROOF' | 'PENDING_REVIEW' | 'APPROVED' | 'REJECTED';

/** A certification assigned to a worker; it counts only once a scheduler approved its proof. */
@Entity({ name: 'worker_certification' })
@Index('IDX_worker_certification_user', ['userId'])
@Check('CHK_worker_certification_status', `"status" IN ('AWAITING_PROOF', 'PENDING_REVIEW', 'APPROVED', 'REJECTED')`)
export class WorkerCertificationEntity {
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

  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** The last valid day (YYYY-MM-DD); null: does not expire. */
  @Column({ name: 'expires_on', type: 'date', nullable: true })
  expiresOn: string | null;

  @Column({ type: 'varchar', length: 20, default: 'AWAITING_PROOF' })
  status: CertificationStatusValue;

  @Column({ name: 'review_note', type: 'text', nullable: true })
  reviewNote: string | null;

  @Column({ name: 'reviewed_by', type: 'uuid', nullable: true })
  reviewedBy: string | null;

  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
