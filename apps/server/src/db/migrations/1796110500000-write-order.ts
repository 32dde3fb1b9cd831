import type { MigrationInterface, QueryRunner } from 'typeorm';

export class WriteOrder1796110500000 implements MigrationInterface {
  name = 'WriteOrder1796110500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"audit_entry\" ADD \"sequence\" bigint GENERATED ALWAYS AS IDENTITY NOT NULL");
    await queryRunner.query("ALTER TABLE \"mail_outbox\" ADD \"sequence\" bigint GENERATED ALWAYS AS IDENTITY NOT NULL");
    await queryRunner.query("CREATE INDEX \"IDX_audit_tenant_sequence\" ON \"audit_entry\"  (\"tenant_id\", \"sequence\") ");
    await queryRunner.query("CREATE INDEX \"IDX_mail_outbox_sequence\" ON \"mail_outbox\"  (\"sequence\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"IDX_mail_outbox_sequence\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_audit_tenant_sequence\"");
    await queryRunner.query("ALTER TABLE \"mail_outbox\" DROP COLUMN \"sequence\"");
    await queryRunner.query("ALTER TABLE \"audit_entry\" DROP COLUMN \"sequence\"");
  }
}
