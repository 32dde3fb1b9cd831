import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A user row removed outright (with its tenant, by cascade), recorded by trigger so that every
 * server's in-memory directory of that tenant drops the user too. Soft deletion is an update and
 * needs no tombstone.
 */
@Entity({ name: 'user_directory_tombstone' })
@Index('IDX_user_directory_tombstone_tenant_xid', ['tenantId', 'xid'])
export class UserDirectoryTombstoneEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId: string;

  /** The deleting transaction (pg_current_xact_id()). */
  @Column({ type: 'bigint' })
  xid: string;
}
