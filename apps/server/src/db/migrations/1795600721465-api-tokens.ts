import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ApiTokens1795600721465 implements MigrationInterface {
  name = 'ApiTokens1795600721465';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"api_token\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"tenant_id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, \"name\" character varying(100) NOT NULL, \"prefix\" character varying(16) NOT NULL, \"token_hash\" character varying(64) NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"expires_at\" TIMESTAMP WITH TIME ZONE, \"last_used_at\" TIMESTAMP WITH TIME ZONE, \"revoked_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"UQ_bafaa5aab5957cd193fb2da8f24\" UNIQUE (\"token_hash\"), CONSTRAINT \"PK_d862311c568d175c26f41bc6f98\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_api_token_user\" ON \"api_token\"  (\"user_id\") ");
    await queryRunner.query("ALTER TABLE \"api_token\" ADD CONSTRAINT \"FK_1725c5ea908ff009f6ab3fa34fd\" FOREIGN KEY (\"user_id\") REFERENCES \"user_account\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"api_token\" DROP CONSTRAINT \"FK_1725c5ea908ff009f6ab3fa34fd\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_api_token_user\"");
    await queryRunner.query("DROP TABLE \"api_token\"");
  }
}
