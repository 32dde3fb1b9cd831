import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ReportReminders1795611228399 implements MigrationInterface {
  name = 'ReportReminders1795611228399';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"shift_offer\" ADD \"report_reminded_at\" TIMESTAMP WITH TIME ZONE");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"shift_offer\" DROP COLUMN \"report_reminded_at\"");
  }
}
