import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MailDeliveryOutbox1796650000000 implements MigrationInterface {
  name = 'MailDeliveryOutbox1796650000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"mail_outbox\" ADD \"status\" character varying(10) NOT NULL DEFAULT 'CAPTURED'");
    await queryRunner.query("ALTER TABLE \"mail_outbox\" ADD \"attempts\" integer NOT NULL DEFAULT '0'");
    await queryRunner.query("ALTER TABLE \"mail_outbox\" ADD \"next_attempt_at\" TIMESTAMP(3) WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"mail_outbox\" ADD \"last_error\" character varying(500)");
    await queryRunner.query("ALTER TABLE \"mail_outbox\" ADD \"sent_at\" TIMESTAMP(3) WITH TIME ZONE");
    await queryRunner.query("CREATE INDEX \"IDX_mail_outbox_undelivered\" ON \"mail_outbox\"  (\"recipient_tenant_id\", \"sequence\") WHERE \"status\" IN ('QUEUED', 'FAILED')");
    await queryRunner.query("CREATE INDEX \"IDX_mail_outbox_due\" ON \"mail_outbox\"  (\"next_attempt_at\") WHERE \"status\" = 'QUEUED'");
    await queryRunner.query("ALTER TABLE \"mail_outbox\" ADD CONSTRAINT \"CHK_mail_outbox_status\" CHECK (\"status\" IN ('CAPTURED', 'QUEUED', 'SENT', 'FAILED'))");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"mail_outbox\" DROP CONSTRAINT \"CHK_mail_outbox_status\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_mail_outbox_due\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_mail_outbox_undelivered\"");
    await queryRunner.query("ALTER TABLE \"mail_outbox\" DROP COLUMN \"sent_at\"");
    await queryRunner.query("ALTER TABLE \"mail_outbox\" DROP COLUMN \"last_error\"");
    await queryRunner.query("ALTER TABLE \"mail_outbox\" DROP COLUMN \"next_attempt_at\"");
    await queryRunner.query("ALTER TABLE \"mail_outbox\" DROP COLUMN \"attempts\"");
    await queryRunner.query("ALTER TABLE \"mail_outbox\" DROP COLUMN \"status\"");
  }
}
