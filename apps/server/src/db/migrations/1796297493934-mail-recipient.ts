import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MailRecipient1796297493934 implements MigrationInterface {
  name = 'MailRecipient1796297493934';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"mail_outbox\" ADD \"recipient_user_id\" uuid");
    await queryRunner.query("ALTER TABLE \"mail_outbox\" ADD \"recipient_tenant_id\" uuid");
    await queryRunner.query("CREATE INDEX \"IDX_mail_outbox_recipient_tenant_sequence\" ON \"mail_outbox\"  (\"recipient_tenant_id\", \"sequence\") ");
    await queryRunner.query("ALTER TABLE \"mail_outbox\" ADD CONSTRAINT \"FK_b2cf05111c72458f30aaae6d970\" FOREIGN KEY (\"recipient_user_id\") REFERENCES \"user_account\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION DEFERRABLE INITIALLY DEFERRED");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"mail_outbox\" DROP CONSTRAINT \"FK_b2cf05111c72458f30aaae6d970\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_mail_outbox_recipient_tenant_sequence\"");
    await queryRunner.query("ALTER TABLE \"mail_outbox\" DROP COLUMN \"recipient_tenant_id\"");
    await queryRunner.query("ALTER TABLE \"mail_outbox\" DROP COLUMN \"recipient_user_id\"");
  }
}
