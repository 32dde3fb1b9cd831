import type { TenantSettingsOverrides } from '@access/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'tenant' })
export class TenantEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The organisation's sign-in name, e.g. "acme". */
  @Column({ type: 'varchar', length: 63, unique: true })
  slug: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  /**
   * Bumped in the same transaction as any change to roles, grants or role assignments, so every
   * server instance notices its cached access model is stale on the next request.
   */
  @Column({ name: 'access_version', type: 'integer', default: 1 })
  accessVersion: number;

  /** Overrides of the default password policy (see @access/domain resolvePasswordPolicy). */
  @Column({ name: 'password_policy', type: 'jsonb', nullable: true })
  passwordPolicy: Record<string, unknown> | null;

  /**
   * The tenant's own security settings (see @access/domain TenantSettings); anything missing
   * follows the platform default from the environment.
   */
  @Column({ type: 'jsonb', nullable: true })
  settings: TenantSettingsOverrides | null;

  /**
   * The role users provisioned by single sign-on start with. Roles are deleted softly, so this is
   * checked where it is used rather than by a foreign key (which would also tie the two entities
   * into an import cycle).
   */
  @Column({ name: 'default_role_id', type: 'uuid', nullable: true })
  defaultRoleId: string | null;

  /**
   * Set while a super admin has suspended the tenant: nobody of it can sign in, and every session
   * and API token of it is refused on its next request. Nothing is deleted; reactivation clears it.
   */
  @Column({ name: 'suspended_at', type: 'timestamptz', nullable: true })
  suspendedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
