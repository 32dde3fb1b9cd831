import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SingleSignOn1796565703168 implements MigrationInterface {
  name = 'SingleSignOn1796565703168';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"oidc_provider\" (\"tenant_id\" uuid NOT NULL, \"display_name\" character varying(100) NOT NULL, \"issuer_url\" character varying(500) NOT NULL, \"client_id\" character varying(255) NOT NULL, \"client_secret_sealed\" text NOT NULL, \"scopes\" jsonb NOT NULL, \"claim_mapping\" jsonb NOT NULL, \"role_mappings\" jsonb NOT NULL DEFAULT '[]', \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_0dc1aaab9cc254345343220e18e\" PRIMARY KEY (\"tenant_id\"))");
    await queryRunner.query("CREATE TABLE \"sso_sign_in_attempt\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"tenant_id\" uuid NOT NULL, \"binding_hash\" character varying(64) NOT NULL, \"state\" character varying(200) NOT NULL, \"nonce\" character varying(200) NOT NULL, \"code_verifier\" character varying(200) NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"used_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_d26df43cc38184806e725905089\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_sso_attempt_binding\" ON \"sso_sign_in_attempt\"  (\"binding_hash\") ");
    await queryRunner.query("ALTER TABLE \"user_account\" ADD \"external_subject\" character varying(255)");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_user_tenant_external_subject\" ON \"user_account\"  (\"tenant_id\", \"external_subject\") WHERE \"external_subject\" IS NOT NULL");
    await queryRunner.query("ALTER TABLE \"oidc_provider\" ADD CONSTRAINT \"FK_0dc1aaab9cc254345343220e18e\" FOREIGN KEY (\"tenant_id\") REFERENCES \"tenant\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"oidc_provider\" DROP CONSTRAINT \"FK_0dc1aaab9cc254345343220e18e\"");
    await queryRunner.query("DROP INDEX \"public\".\"UQ_user_tenant_external_subject\"");
    await queryRunner.query("ALTER TABLE \"user_account\" DROP COLUMN \"external_subject\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_sso_attempt_binding\"");
    await queryRunner.query("DROP TABLE \"sso_sign_in_attempt\"");
    await queryRunner.query("DROP TABLE \"oidc_provider\"");
  }
}
