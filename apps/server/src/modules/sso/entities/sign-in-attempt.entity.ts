import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One browser's trip to the identity provider and back. The browser holds only a random binding
 * secret (a cookie); state, nonce and the PKCE verifier stay here, and the attempt is spent by the
 * first callback that uses it, so a callback cannot be replayed or completed in another browser.
 */
@Entity({ name: 'sso_sign_in_attempt' })
@Index('IDX_sso_attempt_binding', ['bindingHash'], { unique: true })
export class SsoSignInAttemptEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId: string;

  @Column({ name: 'binding_hash', type: 'varchar', length: 64 })
  bindingHash: string;

  @Column({ type: 'varchar', length: 200 })
  state: string;

  @Column({ type: 'varchar', length: 200 })
  nonce: string;

  @Column({ name: 'code_verifier', type: 'varchar', length: 200 })
  codeVerifier: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}
