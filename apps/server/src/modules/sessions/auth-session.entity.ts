import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A signed-in session: the family of refresh tokens issued from one sign-in. Revoking it ends the
 * refresh chain and, because every request re-checks it, the access tokens issued under it.
 */
@Entity({ name: 'auth_session' })
@Index('IDX_auth_session_user', ['userId'])
@Index('IDX_auth_session_two_factor_challenge', ['twoFactorChallengeId'], { unique: true })
export class AuthSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'tenant_id', type: 'uuid', nullable: true })
  tenantId: string | null;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @Column({ name: 'super_admin_id', type: 'uuid', nullable: true })
  superAdminId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'last_used_at', type: 'timestamptz' })
  lastUsedAt: Date;

  /** Absolute end: refreshing never extends a session past this. */
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'revoked_reason', type: 'varchar', length: 50, nullable: true })
  revokedReason: string | null;

  @Column({ name: 'user_agent', type: 'varchar', length: 300, nullable: true })
  userAgent: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip: string | null;

  /**
   * The id of the two-factor challenge token this sign-in answered. Unique: the challenge token is
   * a stateless JWT that stays valid for minutes, and this row is what makes it count only once.
   */
  @Column({ name: 'two_factor_challenge_id', type: 'uuid', nullable: true })
  twoFactorChallengeId: string | null;
}
