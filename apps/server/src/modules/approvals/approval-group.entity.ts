import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * People who approve something together (purchase orders, time off); deactivation removes members.
 * Names are unique per tenant regardless of case: the unique index on lower(name) is written by
 * hand in the migration (TypeORM cannot declare an expression index).
 */
@Entity({ name: 'approval_group' })
@Index('UQ_approval_group_tenant_lower_name', { synchronize: false })
export class ApprovalGroupEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
