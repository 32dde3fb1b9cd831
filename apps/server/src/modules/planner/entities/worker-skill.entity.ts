import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { TenantEntity } from '../../tenants/tenant.entity.js';
import { UserEntity } from '../../users/user.entity.js';
import { SkillEntity } from './skill.entity.js';

/** A skill assigned to a worker with the scheduler's level and, optionally, the worker's own rating. */
@Entity({ name: 'worker_skill' })
@Check('CHK_worker_skill_level', '"level" BETWEEN 1 AND 5')
@Check('CHK_worker_skill_self_rating', '"self_rating" IS NULL OR "self_rating" BETWEEN 1 AND 5')
export class WorkerSkillEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;

  @PrimaryColumn({ name: 'skill_id', type: 'uuid' })
  skillId: string;

  @ManyToOne(() => SkillEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'skill_id' })
  skill?: Relation<SkillEntity>;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId: string;

  @ManyToOne(() => TenantEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tenant_id' })
  tenant?: Relation<TenantEntity>;

  @Column({ type: 'smallint' })
  level: number;

  @Column({ name: 'self_rating', type: 'smallint', nullable: true })
  selfRating: number | null;

  @Column({ name: 'self_rated_at', type: 'timestamptz', nullable: true })
  selfRatedAt: Date | null;
}
