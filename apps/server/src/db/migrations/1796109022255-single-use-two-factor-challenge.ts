import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SingleUseTwoFactorChallenge1796109022255 implements MigrationInterface {
  name = 'SingleUseTwoFactorChallenge1796109022255';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"auth_session\" ADD \"two_factor_challenge_id\" uuid");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_auth_session_two_factor_challenge\" ON \"auth_session\"  (\"two_factor_challenge_id\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"IDX_auth_session_two_factor_challenge\"");
    await queryRunner.query("ALTER TABLE \"auth_session\" DROP COLUMN \"two_factor_challenge_id\"");
  }
}
