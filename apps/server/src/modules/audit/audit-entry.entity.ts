import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export interface RequestOrigin {
  ip?: string;
  userAgent?: string;
  requestId?: string;
}

/**
 * Append-only: a database trigger refuses UPDATE and DELETE. Actors are kept as ids and labels,
 * not foreign keys, so history stays attributed after a user is deactivated or deleted.
 */
@Entity({ name: 'audit_entry' })
@Index('IDX_audit_tenant_time', ['tenantId', 'occurredAt'])
@Index('IDX_audit_tenant_target', ['tenantId', 'targetId', 'occurredAt'])
@Index('IDX_audit_tenant_actor', ['tenantId', 'actorUserId', 'occurredAt'])
@Index('IDX_audit_tenant_sequence', ['tenantId', 'sequence'])
@Index('IDX_audit_tenant_actor_sequence', ['tenantId', 'actorUserId', 'sequence'])
@Index('IDX_audit_tenant_super_admin_sequence', ['tenantId', 'actorSuperAdminId', 'sequence'], { where: '"actor_super_admin_id" IS NOT NULL' })
@Index('IDX_audit_tenant_target_sequence', ['tenantId', 'targetId', 'sequence'])
@Index('IDX_audit_tenant_action_sequence', ['tenantId', 'action', 'sequence'])
@Index('IDX_audit_tenant_target_action_sequence', ['tenantId', 'targetId', 'action', 'sequence'])
export class AuditEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'tenant_id', type: 'uuid', nullable: true })
  tenantId: string | null;

  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Column({ name: 'actor_super_admin_id', type: 'uuid', nullable: true })
  actorSuperAdminId: string | null;

  @Column({ name: 'actor_label', type: 'varchar', length: 200 })
  actorLabel: string;

  @Column({ type: 'varchar', length: 100 })
  action: string;

  @Column({ name: 'target_type', type: 'varchar', length: 50 })
  targetType: string;

  @Column({ name: 'target_id', type: 'uuid', nullable: true })
  targetId: string | null;

  @Column({ name: 'target_label', type: 'varchar', length: 200, nullable: true })
  targetLabel: string | null;

  @Column({ type: 'jsonb', nullable: true })
  before: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  origin: RequestOrigin | null;

  /** Millisecond precision, so a JavaScript Date carries it exactly. */
  @CreateDateColumn({ name: 'occurred_at', type: 'timestamptz', precision: 3 })
  occurredAt: Date;

  /**
   * The order entries were written in, which lists and cursors follow: times tie, because they
   * have millisecond precision and PGlite's clock ticks in whole milliseconds.
   */
  @Column({ type: 'bigint', generated: 'identity', generatedIdentity: 'ALWAYS', insert: false, update: false })
  sequence: string;
}
