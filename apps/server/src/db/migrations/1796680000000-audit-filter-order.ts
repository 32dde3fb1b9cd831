import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes that return a filter's audit entries in write order (`sequence`, the order of the list),
 * so a page of the newest matches reads about a page of index entries at 10 M entries instead of
 * sorting every match: by actor (user or super admin), by target and by action (or action prefix).
 */
export class AuditFilterOrder1796680000000 implements MigrationInterface {
  name = 'AuditFilterOrder1796680000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE INDEX "IDX_audit_tenant_actor_sequence" ON "audit_entry" ("tenant_id", "actor_user_id", "sequence") ');
    await queryRunner.query(
      'CREATE INDEX "IDX_audit_tenant_super_admin_sequence" ON "audit_entry" ("tenant_id", "actor_super_admin_id", "sequence") WHERE "actor_super_admin_id" IS NOT NULL',
    );
    await queryRunner.query('CREATE INDEX "IDX_audit_tenant_target_sequence" ON "audit_entry" ("tenant_id", "target_id", "sequence") ');
    // Byte order ("C"), in which a LIKE prefix is a range of the index whatever the database's collation.
    await queryRunner.query('CREATE INDEX "IDX_audit_tenant_action_sequence" ON "audit_entry" ("tenant_id", "action" COLLATE "C", "sequence") ');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_audit_tenant_action_sequence"');
    await queryRunner.query('DROP INDEX "public"."IDX_audit_tenant_target_sequence"');
    await queryRunner.query('DROP INDEX "public"."IDX_audit_tenant_super_admin_sequence"');
    await queryRunner.query('DROP INDEX "public"."IDX_audit_tenant_actor_sequence"');
  }
}
