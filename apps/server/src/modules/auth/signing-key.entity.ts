import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A token signing key shared by every instance. The private half is sealed with SECRETS_KEY, so a
 * database dump alone cannot mint tokens. A key is published (verifies, and is in the JWKS) from
 * the moment it is stored, and signs from `signsFrom`: late enough that every instance knows it.
 */
@Entity({ name: 'signing_key' })
@Index('IDX_signing_key_signs_from', ['signsFrom'])
export class SigningKeyEntity {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  kid: string;

  @Column({ name: 'public_jwk', type: 'jsonb' })
  publicJwk: Record<string, unknown>;

  @Column({ name: 'private_jwk_sealed', type: 'text' })
  privateJwkSealed: string;

  @Column({ name: 'signs_from', type: 'timestamptz' })
  signsFrom: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
