import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit entries about one target with one action (or action prefix), in write order: without
 * it, counting a busy target's entries of a common action fetched every candidate row to read its
 * action (143 ms at 10 M entries, measured on an idle machine), as no index held both columns.
 */
export class AuditTargetActionOrder1796690000000 implements MigrationInterface {
  name = 'AuditTargetActionOrder1796690000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Byte order ("C") like IDX_audit_tenant_action_sequence, so an action prefix is a range of it.
    await queryRunner.query('CREATE INDEX "IDX_audit_tenant_target_action_sequence" ON "audit_entry" ("tenant_id", "target_id", "action" COLLATE "C", "sequence") ');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_audit_tenant_target_action_sequence"');
  }
}
