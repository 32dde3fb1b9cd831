import {
  Column,
  CreateDateColumn,
  DeleteDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { RoleEntity } from '../roles/role.entity.js';
import { TenantEntity } from '../tenants/tenant.entity.js';

export type UserOrigin = 'internal' | 'external' | 'sso';

/**
 * The Users list's filters and sort orders have indexes (queries/list-users.ts). The ones below
 * with synchronize: false are written by hand in migration UserSearchIndexes: expression indexes
 * the entity cannot declare, and trigram indexes that exist only where pg_trgm is available.
 */
@Entity({ name: 'user_account' })
@Index('UQ_user_tenant_username', ['tenantId', 'username'], { unique: true })
@Index('UQ_user_tenant_email', ['tenantId', 'email'], { unique: true })
@Index('IDX_user_tenant_role_state', ['tenantId', 'roleId', 'holdInvite', 'isActive', 'activatedAt'], { where: '"deleted_at" IS NULL' })
@Index('IDX_user_tenant_state', ['tenantId', 'holdInvite', 'isActive', 'activatedAt'], { where: '"deleted_at" IS NULL' })
@Index('IDX_user_tenant_last_login', ['tenantId', 'lastLoginAt'], { where: '"deleted_at" IS NULL' })
@Index('IDX_user_tenant_directory_xid', ['tenantId', 'directoryXid'])
@Index('IDX_user_tenant_role_order', ['tenantId', 'roleId', 'id'], { where: '"deleted_at" IS NULL' })
@Index('UQ_user_tenant_external_subject', ['tenantId', 'externalSubject'], { unique: true, where: '"external_subject" IS NOT NULL' })
@Index('IDX_user_tenant_name_order', { synchronize: false })
@Index('IDX_user_tenant_last_login_order', { synchronize: false })
@Index('IDX_user_tenant_status_order', { synchronize: false })
@Index('IDX_user_username_trgm', { synchronize: false })
@Index('IDX_user_full_name_trgm', { synchronize: false })
@Index('IDX_user_email_trgm', { synchronize: false })
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId: string;

  @ManyToOne(() => TenantEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tenant_id' })
  tenant?: Relation<TenantEntity>;

  /** The login name: set at creation, never edited. */
  @Column({ type: 'varchar', length: 100 })
  username: string;

  /** Stored trimmed and lower-cased so uniqueness is case-insensitive. */
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ name: 'first_name', type: 'varchar', length: 100, nullable: true })
  firstName: string | null;

  @Column({ name: 'last_name', type: 'varchar', length: 100, nullable: true })
  lastName: string | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  phone: string | null;

  @Column({ name: 'job_title', type: 'varchar', length: 100, nullable: true })
  jobTitle: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  department: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  location: string | null;

  /** IANA zone the person reads times in; null follows the tenant's zone. */
  @Column({ name: 'time_zone', type: 'varchar', length: 64, nullable: true })
  timeZone: string | null;

  /** internal | external | sso */
  @Column({ type: 'varchar', length: 16, default: 'internal' })
  origin: UserOrigin;

  /**
   * For single sign-on users: the identity provider's `sub`, which finds them at every later
   * sign-in (an email can change or be reassigned; the subject cannot).
   */
  @Column({ name: 'external_subject', type: 'varchar', length: 255, nullable: true })
  externalSubject: string | null;

  @Column({ name: 'external_planner_access', type: 'boolean', default: false })
  externalPlannerAccess: boolean;

  @Column({ name: 'external_purchasing_access', type: 'boolean', default: false })
  externalPurchasingAccess: boolean;

  /** External Portal Access: off shows the worker a holding page instead of the portal. */
  @Column({ name: 'portal_access', type: 'boolean', default: false })
  portalAccess: boolean;

  @Column({ name: 'two_factor_required', type: 'boolean', default: false })
  twoFactorRequired: boolean;

  /** Introduction mode: the account exists, cannot log in, and no email has been sent. */
  @Column({ name: 'hold_invite', type: 'boolean', default: false })
  holdInvite: boolean;

  /** When the user first chose their own password; until then the password is a temporary one. */
  @Column({ name: 'activated_at', type: 'timestamptz', nullable: true })
  activatedAt: Date | null;

  /** Set by "force reset": the next sign-in must choose a new password before anything else. */
  @Column({ name: 'password_change_required', type: 'boolean', default: false })
  passwordChangeRequired: boolean;

  /** The password was generated and emailed (release, reset): it works for one sign-in only. */
  @Column({ name: 'password_is_temporary', type: 'boolean', default: false })
  passwordIsTemporary: boolean;

  /** The one sign-in a temporary password allows, once it happened. */
  @Column({ name: 'temporary_password_used_at', type: 'timestamptz', nullable: true })
  temporaryPasswordUsedAt: Date | null;

  /** TOTP shared secret (base32); set at enrolment, confirmed when totpEnabledAt is set. */
  @Column({ name: 'totp_secret', type: 'varchar', length: 64, nullable: true })
  totpSecret: string | null;

  @Column({ name: 'totp_enabled_at', type: 'timestamptz', nullable: true })
  totpEnabledAt: Date | null;

  /** The last accepted TOTP time step: a code is accepted once. */
  @Column({ name: 'totp_last_step', type: 'bigint', nullable: true })
  totpLastStep: string | null;

  @Column({ name: 'password_hash', type: 'text', nullable: true })
  passwordHash: string | null;

  /** Optimistic concurrency: an edit names the version it started from. */
  @Column({ type: 'integer', default: 1 })
  version: number;

  @Column({ name: 'role_id', type: 'uuid' })
  roleId: string;

  @ManyToOne(() => RoleEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'role_id' })
  role?: Relation<RoleEntity>;

  @Column({ name: 'is_active', type: 'boolean', default: true })
  isActive: boolean;

  @Column({ name: 'last_login_at', type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @DeleteDateColumn({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  /**
   * The transaction that last changed a field the Users list filters by, written by the database
   * (trigger user_directory_change of migration UserDirectory) so the in-memory directory can
   * catch up on exactly the rows changed since it last looked.
   */
  @Column({ name: 'directory_xid', type: 'bigint', default: 0, select: false, insert: false, update: false })
  directoryXid?: string;
}
