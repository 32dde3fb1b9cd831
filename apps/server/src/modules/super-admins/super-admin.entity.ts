import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { TenantEntity } from '../tenants/tenant.entity.js';

/** A platform operator: lives outside every tenant. */
@Entity({ name: 'super_admin' })
export class SuperAdminEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 100, unique: true })
  username: string;

  @Column({ name: 'display_name', type: 'varchar', length: 200 })
  displayName: string;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash: string;

  /** Set while the super admin is inside a tenant in Super Admin Active mode. */
  @Column({ name: 'active_tenant_id', type: 'uuid', nullable: true })
  activeTenantId: string | null;

  @ManyToOne(() => TenantEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'active_tenant_id' })
  activeTenant?: Relation<TenantEntity>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
