import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One audit entry's place in its chain. A database trigger writes it when the entry's transaction
 * commits; the application never does. `hash` covers the entry's content and the previous link,
 * so an entry edited, removed, inserted or moved afterwards no longer matches (see verify-chain.ts).
 */
@Entity({ name: 'audit_chain_link' })
@Index('UQ_audit_chain_link_position', ['chainId', 'position'], { unique: true })
export class AuditChainLinkEntity {
  @PrimaryColumn({ name: 'entry_id', type: 'uuid' })
  entryId: string;

  /** The entry's tenant, or the nil UUID for the platform's own trail. */
  @Column({ name: 'chain_id', type: 'uuid' })
  chainId: string;

  /** 1, 2, 3... in commit order within the chain. */
  @Column({ type: 'bigint' })
  position: string;

  @Column({ name: 'content_hash', type: 'bytea' })
  contentHash: Buffer;

  @Column({ name: 'previous_hash', type: 'bytea' })
  previousHash: Buffer;

  @Column({ type: 'bytea' })
  hash: Buffer;
}
