import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PlatformAccounts1796562982278 implements MigrationInterface {
  name = 'PlatformAccounts1796562982278';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"tenant\" ADD \"suspended_at\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"super_admin\" ADD \"email\" character varying(254)");
    await queryRunner.query("ALTER TABLE \"super_admin\" ADD \"deactivated_at\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"super_admin\" ADD \"two_factor_required\" boolean NOT NULL DEFAULT false");
    await queryRunner.query("ALTER TABLE \"super_admin\" ADD \"totp_secret\" character varying(64)");
    await queryRunner.query("ALTER TABLE \"super_admin\" ADD \"totp_enabled_at\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"super_admin\" ADD \"totp_last_step\" bigint");
    await queryRunner.query("ALTER TABLE \"super_admin\" ADD \"last_login_at\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"recovery_code\" ADD \"super_admin_id\" uuid");
    await queryRunner.query("ALTER TABLE \"recovery_code\" DROP CONSTRAINT \"FK_f5c95d9ca2047afa670093e2028\"");
    await queryRunner.query("ALTER TABLE \"recovery_code\" ALTER COLUMN \"user_id\" DROP NOT NULL");
    await queryRunner.query("CREATE INDEX \"IDX_recovery_code_super_admin\" ON \"recovery_code\"  (\"super_admin_id\") ");
    await queryRunner.query("ALTER TABLE \"recovery_code\" ADD CONSTRAINT \"CHK_recovery_code_one_owner\" CHECK ((\"user_id\" IS NULL) <> (\"super_admin_id\" IS NULL))");
    await queryRunner.query("ALTER TABLE \"recovery_code\" ADD CONSTRAINT \"FK_f5c95d9ca2047afa670093e2028\" FOREIGN KEY (\"user_id\") REFERENCES \"user_account\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"recovery_code\" ADD CONSTRAINT \"FK_8c50b2add153dbfbca6cfcf82ee\" FOREIGN KEY (\"super_admin_id\") REFERENCES \"super_admin\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"recovery_code\" DROP CONSTRAINT \"FK_8c50b2add153dbfbca6cfcf82ee\"");
    await queryRunner.query("ALTER TABLE \"recovery_code\" DROP CONSTRAINT \"FK_f5c95d9ca2047afa670093e2028\"");
    await queryRunner.query("ALTER TABLE \"recovery_code\" DROP CONSTRAINT \"CHK_recovery_code_one_owner\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_recovery_code_super_admin\"");
    await queryRunner.query("ALTER TABLE \"recovery_code\" ALTER COLUMN \"user_id\" SET NOT NULL");
    await queryRunner.query("ALTER TABLE \"recovery_code\" ADD CONSTRAINT \"FK_f5c95d9ca2047afa670093e2028\" FOREIGN KEY (\"user_id\") REFERENCES \"user_account\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"recovery_code\" DROP COLUMN \"super_admin_id\"");
    await queryRunner.query("ALTER TABLE \"super_admin\" DROP COLUMN \"last_login_at\"");
    await queryRunner.query("ALTER TABLE \"super_admin\" DROP COLUMN \"totp_last_step\"");
    await queryRunner.query("ALTER TABLE \"super_admin\" DROP COLUMN \"totp_enabled_at\"");
    await queryRunner.query("ALTER TABLE \"super_admin\" DROP COLUMN \"totp_secret\"");
    await queryRunner.query("ALTER TABLE \"super_admin\" DROP COLUMN \"two_factor_required\"");
    await queryRunner.query("ALTER TABLE \"super_admin\" DROP COLUMN \"deactivated_at\"");
    await queryRunner.query("ALTER TABLE \"super_admin\" DROP COLUMN \"email\"");
    await queryRunner.query("ALTER TABLE \"tenant\" DROP COLUMN \"suspended_at\"");
  }
}
