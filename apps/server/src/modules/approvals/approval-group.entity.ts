import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** People who approve something together (purchase orders, time off); deactivation removes members. */
@Entity({ name: 'approval_group' })
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
