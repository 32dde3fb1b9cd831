import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The end of each chain. Appending locks this row, so links get consecutive positions even when
 * transactions commit at once; the lock is taken at commit, after every other lock the transaction
 * needs, and so cannot take part in a deadlock.
 */
@Entity({ name: 'audit_chain_head' })
export class AuditChainHeadEntity {
  @PrimaryColumn({ name: 'chain_id', type: 'uuid' })
  chainId: string;

  @Column({ type: 'bigint' })
  position: string;

  @Column({ type: 'bytea' })
  hash: Buffer;
}
