import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A signed statement that a chain, verified, ended at `position` with `hash`. Whoever can write
 * to the database can recompute a whole chain after editing it; they cannot sign a new seal
 * without the server's private key, so a rewritten chain no longer matches its seals.
 */
@Entity({ name: 'audit_chain_seal' })
@Index('UQ_audit_chain_seal_position', ['chainId', 'position'], { unique: true })
export class AuditChainSealEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'chain_id', type: 'uuid' })
  chainId: string;

  @Column({ type: 'bigint' })
  position: string;

  @Column({ type: 'bytea' })
  hash: Buffer;

  @Column({ name: 'sealed_at', type: 'timestamptz', precision: 3 })
  sealedAt: Date;

  /** The `kid` of the signing key, as published in /.well-known/jwks.json. */
  @Column({ name: 'key_id', type: 'varchar', length: 100 })
  keyId: string;

  /** A compact JWS (EdDSA) over chain, position, hash and time. */
  @Column({ type: 'text' })
  signature: string;
}
