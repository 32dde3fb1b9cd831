import type { MigrationInterface, QueryRunner } from 'typeorm';

export class UserAdministration1795599104461 implements MigrationInterface {
  name = 'UserAdministration1795599104461';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"approval_group\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"tenant_id\" uuid NOT NULL, \"name\" character varying(100) NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_fe6ac3615da49cd80d90bb13690\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"approval_group_member\" (\"group_id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, CONSTRAINT \"PK_be9912b6665299682df3d1166cb\" PRIMARY KEY (\"group_id\", \"user_id\"))");
    await queryRunner.query("CREATE TABLE \"holiday_delegation\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"tenant_id\" uuid NOT NULL, \"delegator_id\" uuid NOT NULL, \"delegate_id\" uuid NOT NULL, \"starts_on\" date NOT NULL, \"ends_on\" date NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_ec5f774e0f211c97e6d8da66ec0\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"login_event\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"tenant_id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, \"occurred_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_770aa06c7f530d2cd55b235d599\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_login_event_user_time\" ON \"login_event\"  (\"user_id\", \"occurred_at\") ");
    await queryRunner.query("CREATE TABLE \"mail_outbox\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"to_address\" character varying(254) NOT NULL, \"subject\" character varying(300) NOT NULL, \"text_body\" text NOT NULL, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_fecc63c96385bc35a39ccf2a72e\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_mail_outbox_time\" ON \"mail_outbox\"  (\"created_at\") ");
    await queryRunner.query("CREATE TABLE \"user_token\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"tenant_id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, \"kind\" character varying(20) NOT NULL, \"token_hash\" character varying(64) NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"used_at\" TIMESTAMP WITH TIME ZONE, \"revoked_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"UQ_108995b1a4145b5b06dbf341048\" UNIQUE (\"token_hash\"), CONSTRAINT \"PK_48cb6b5c20faa63157b3c1baf7f\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_user_token_user_kind\" ON \"user_token\"  (\"user_id\", \"kind\") ");
    await queryRunner.query("ALTER TABLE \"tenant\" ADD \"password_policy\" jsonb");
    await queryRunner.query("ALTER TABLE \"user_account\" ADD \"phone\" character varying(50)");
    await queryRunner.query("ALTER TABLE \"user_account\" ADD \"job_title\" character varying(100)");
    await queryRunner.query("ALTER TABLE \"user_account\" ADD \"department\" character varying(100)");
    await queryRunner.query("ALTER TABLE \"user_account\" ADD \"location\" character varying(100)");
    await queryRunner.query("ALTER TABLE \"user_account\" ADD \"origin\" character varying(16) NOT NULL DEFAULT 'internal'");
    await queryRunner.query("ALTER TABLE \"user_account\" ADD \"external_planner_access\" boolean NOT NULL DEFAULT false");
    await queryRunner.query("ALTER TABLE \"user_account\" ADD \"external_purchasing_access\" boolean NOT NULL DEFAULT false");
    await queryRunner.query("ALTER TABLE \"user_account\" ADD \"portal_access\" boolean NOT NULL DEFAULT false");
    await queryRunner.query("ALTER TABLE \"user_account\" ADD \"two_factor_required\" boolean NOT NULL DEFAULT false");
    await queryRunner.query("ALTER TABLE \"user_account\" ADD \"hold_invite\" boolean NOT NULL DEFAULT false");
    await queryRunner.query("ALTER TABLE \"user_account\" ADD \"activated_at\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"user_account\" ADD \"password_change_required\" boolean NOT NULL DEFAULT false");
    await queryRunner.query("ALTER TABLE \"user_account\" ADD \"password_is_temporary\" boolean NOT NULL DEFAULT false");
    await queryRunner.query("ALTER TABLE \"user_account\" ADD \"temporary_password_used_at\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"user_account\" ADD \"version\" integer NOT NULL DEFAULT '1'");
    await queryRunner.query("ALTER TABLE \"approval_group_member\" ADD CONSTRAINT \"FK_9b96d462ca3196820dd50c4a82f\" FOREIGN KEY (\"group_id\") REFERENCES \"approval_group\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"approval_group_member\" ADD CONSTRAINT \"FK_39863293c0abd2f4a2cfa50d97c\" FOREIGN KEY (\"user_id\") REFERENCES \"user_account\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"holiday_delegation\" ADD CONSTRAINT \"FK_bd7b60d08f7c21974bcc72ad6ef\" FOREIGN KEY (\"delegator_id\") REFERENCES \"user_account\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"holiday_delegation\" ADD CONSTRAINT \"FK_cb9f2867539f39f6474abd57fcf\" FOREIGN KEY (\"delegate_id\") REFERENCES \"user_account\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"user_token\" ADD CONSTRAINT \"FK_79ac751931054ef450a2ee47778\" FOREIGN KEY (\"user_id\") REFERENCES \"user_account\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    // Accounts created before lifecycle tracking were already in use: treat them as activated.
    await queryRunner.query(`UPDATE "user_account" SET "activated_at" = "created_at" WHERE "password_hash" IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"user_token\" DROP CONSTRAINT \"FK_79ac751931054ef450a2ee47778\"");
    await queryRunner.query("ALTER TABLE \"holiday_delegation\" DROP CONSTRAINT \"FK_cb9f2867539f39f6474abd57fcf\"");
    await queryRunner.query("ALTER TABLE \"holiday_delegation\" DROP CONSTRAINT \"FK_bd7b60d08f7c21974bcc72ad6ef\"");
    await queryRunner.query("ALTER TABLE \"approval_group_member\" DROP CONSTRAINT \"FK_39863293c0abd2f4a2cfa50d97c\"");
    await queryRunner.query("ALTER TABLE \"approval_group_member\" DROP CONSTRAINT \"FK_9b96d462ca3196820dd50c4a82f\"");
    await queryRunner.query("ALTER TABLE \"user_account\" DROP COLUMN \"version\"");
    await queryRunner.query("ALTER TABLE \"user_account\" DROP COLUMN \"temporary_password_used_at\"");
    await queryRunner.query("ALTER TABLE \"user_account\" DROP COLUMN \"password_is_temporary\"");
    await queryRunner.query("ALTER TABLE \"user_account\" DROP COLUMN \"password_change_required\"");
    await queryRunner.query("ALTER TABLE \"user_account\" DROP COLUMN \"activated_at\"");
    await queryRunner.query("ALTER TABLE \"user_account\" DROP COLUMN \"hold_invite\"");
    await queryRunner.query("ALTER TABLE \"user_account\" DROP COLUMN \"two_factor_required\"");
    await queryRunner.query("ALTER TABLE \"user_account\" DROP COLUMN \"portal_access\"");
    await queryRunner.query("ALTER TABLE \"user_account\" DROP COLUMN \"external_purchasing_access\"");
    await queryRunner.query("ALTER TABLE \"user_account\" DROP COLUMN \"external_planner_access\"");
    await queryRunner.query("ALTER TABLE \"user_account\" DROP COLUMN \"origin\"");
    await queryRunner.query("ALTER TABLE \"user_account\" DROP COLUMN \"location\"");
    await queryRunner.query("ALTER TABLE \"user_account\" DROP COLUMN \"department\"");
    await queryRunner.query("ALTER TABLE \"user_account\" DROP COLUMN \"job_title\"");
    await queryRunner.query("ALTER TABLE \"user_account\" DROP COLUMN \"phone\"");
    await queryRunner.query("ALTER TABLE \"tenant\" DROP COLUMN \"password_policy\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_user_token_user_kind\"");
    await queryRunner.query("DROP TABLE \"user_token\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_mail_outbox_time\"");
    await queryRunner.query("DROP TABLE \"mail_outbox\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_login_event_user_time\"");
    await queryRunner.query("DROP TABLE \"login_event\"");
    await queryRunner.query("DROP TABLE \"holiday_delegation\"");
    await queryRunner.query("DROP TABLE \"approval_group_member\"");
    await queryRunner.query("DROP TABLE \"approval_group\"");
  }
}
