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

  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash: string;

  /** Deactivated accounts cannot sign in and their sessions end; the last active one cannot be. */
  @Column({ name: 'deactivated_at', type: 'timestamptz', nullable: true })
  deactivatedAt: Date | null;

  /** Accounts created in the console must enrol an authenticator at their first sign-in. */
  @Column({ name: 'two_factor_required', type: 'boolean', default: false })
  twoFactorRequired: boolean;

  /** TOTP shared secret (base32); set at enrolment, confirmed when totpEnabledAt is set. */
  @Column({ name: 'totp_secret', type: 'varchar', length: 64, nullable: true })
  totpSecret: string | null;

  @Column({ name: 'totp_enabled_at', type: 'timestamptz', nullable: true })
  totpEnabledAt: Date | null;

  /** The last accepted TOTP time step: a code is accepted once. */
  @Column({ name: 'totp_last_step', type: 'bigint', nullable: true })
  totpLastStep: string | null;

  @Column({ name: 'last_login_at', type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;

  /** Set while the super admin is inside a tenant in Super Admin Active mode. */
  @Column({ name: 'active_tenant_id', type: 'uuid', nullable: true })
  activeTenantId: string | null;

  @ManyToOne(() => TenantEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'active_tenant_id' })
  activeTenant?: Relation<TenantEntity>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
