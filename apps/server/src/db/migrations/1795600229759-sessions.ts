import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Sessions1795600229759 implements MigrationInterface {
  name = 'Sessions1795600229759';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"auth_session\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"tenant_id\" uuid, \"user_id\" uuid, \"super_admin_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"last_used_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"revoked_at\" TIMESTAMP WITH TIME ZONE, \"revoked_reason\" character varying(50), \"user_agent\" character varying(300), \"ip\" character varying(64), CONSTRAINT \"PK_19354ed146424a728c1112a8cbf\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_auth_session_user\" ON \"auth_session\"  (\"user_id\") ");
    await queryRunner.query("CREATE TABLE \"refresh_token\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"session_id\" uuid NOT NULL, \"token_hash\" character varying(64) NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"rotated_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"UQ_f0812282fad2e352cdaf83ef0a9\" UNIQUE (\"token_hash\"), CONSTRAINT \"PK_b575dd3c21fb0831013c909e7fe\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_refresh_token_session\" ON \"refresh_token\"  (\"session_id\") ");
    await queryRunner.query("ALTER TABLE \"refresh_token\" ADD CONSTRAINT \"FK_7643a722ca45fb721be1c63dc0c\" FOREIGN KEY (\"session_id\") REFERENCES \"auth_session\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"refresh_token\" DROP CONSTRAINT \"FK_7643a722ca45fb721be1c63dc0c\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_refresh_token_session\"");
    await queryRunner.query("DROP TABLE \"refresh_token\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_auth_session_user\"");
    await queryRunner.query("DROP TABLE \"auth_session\"");
  }
}
