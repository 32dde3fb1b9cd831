import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { TenantEntity } from '../../tenants/tenant.entity.js';

/**
 * A skill of the tenant's catalogue. Names are unique regardless of case: the unique index on
 * lower(name) is written by hand in the migration (TypeORM cannot declare an expression index).
 */
@Entity({ name: 'skill' })
@Index('UQ_skill_tenant_lower_name', { synchronize: false })
export class SkillEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId: string;

  @ManyToOne(() => TenantEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tenant_id' })
  tenant?: Relation<TenantEntity>;

  @Column({ type: 'varchar', length: 100 })
  name: string;
}
