import type { MigrationInterface, QueryRunner } from 'typeorm';

export class UserTimeZone1796670000000 implements MigrationInterface {
  name = 'UserTimeZone1796670000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"user_account\" ADD \"time_zone\" character varying(64)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"user_account\" DROP COLUMN \"time_zone\"");
  }
}
