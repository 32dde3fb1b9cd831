import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TenantSettings1796564024892 implements MigrationInterface {
  name = 'TenantSettings1796564024892';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"tenant\" ADD \"settings\" jsonb");
    await queryRunner.query("ALTER TABLE \"tenant\" ADD \"default_role_id\" uuid");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"tenant\" DROP COLUMN \"default_role_id\"");
    await queryRunner.query("ALTER TABLE \"tenant\" DROP COLUMN \"settings\"");
  }
}
