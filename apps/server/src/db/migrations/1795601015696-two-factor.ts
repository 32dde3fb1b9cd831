import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TwoFactor1795601015696 implements MigrationInterface {
  name = 'TwoFactor1795601015696';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"recovery_code\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"user_id\" uuid NOT NULL, \"code_hash\" character varying(64) NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"used_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_b7f1e23329e93a80e25fd281922\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_recovery_code_user\" ON \"recovery_code\"  (\"user_id\") ");
    await queryRunner.query("ALTER TABLE \"user_account\" ADD \"totp_secret\" character varying(64)");
    await queryRunner.query("ALTER TABLE \"user_account\" ADD \"totp_enabled_at\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"user_account\" ADD \"totp_last_step\" bigint");
    await queryRunner.query("ALTER TABLE \"recovery_code\" ADD CONSTRAINT \"FK_f5c95d9ca2047afa670093e2028\" FOREIGN KEY (\"user_id\") REFERENCES \"user_account\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"recovery_code\" DROP CONSTRAINT \"FK_f5c95d9ca2047afa670093e2028\"");
    await queryRunner.query("ALTER TABLE \"user_account\" DROP COLUMN \"totp_last_step\"");
    await queryRunner.query("ALTER TABLE \"user_account\" DROP COLUMN \"totp_enabled_at\"");
    await queryRunner.query("ALTER TABLE \"user_account\" DROP COLUMN \"totp_secret\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_recovery_code_user\"");
    await queryRunner.query("DROP TABLE \"recovery_code\"");
  }
}
