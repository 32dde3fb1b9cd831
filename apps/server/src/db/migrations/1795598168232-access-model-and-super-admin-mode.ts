import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AccessModelAndSuperAdminMode1795598168232 implements MigrationInterface {
  name = 'AccessModelAndSuperAdminMode1795598168232';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"user_permission\" (\"user_id\" uuid NOT NULL, \"permission_key\" character varying(100) NOT NULL, \"tenant_id\" uuid NOT NULL, \"granted_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_04c698e8400ac89fcb147024f9c\" PRIMARY KEY (\"user_id\", \"permission_key\"))");
    await queryRunner.query("ALTER TABLE \"tenant\" ADD \"access_version\" integer NOT NULL DEFAULT '1'");
    await queryRunner.query("ALTER TABLE \"super_admin\" ADD \"active_tenant_id\" uuid");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_audit_tenant_time\"");
    await queryRunner.query("ALTER TABLE \"audit_entry\" ALTER COLUMN \"occurred_at\" TYPE TIMESTAMP(3) WITH TIME ZONE");
    await queryRunner.query("CREATE INDEX \"IDX_audit_tenant_actor\" ON \"audit_entry\"  (\"tenant_id\", \"actor_user_id\", \"occurred_at\") ");
    await queryRunner.query("CREATE INDEX \"IDX_audit_tenant_target\" ON \"audit_entry\"  (\"tenant_id\", \"target_id\", \"occurred_at\") ");
    await queryRunner.query("CREATE INDEX \"IDX_audit_tenant_time\" ON \"audit_entry\"  (\"tenant_id\", \"occurred_at\") ");
    await queryRunner.query("ALTER TABLE \"user_permission\" ADD CONSTRAINT \"FK_2305dfa7330dd7f8e211f4f35d9\" FOREIGN KEY (\"user_id\") REFERENCES \"user_account\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"super_admin\" ADD CONSTRAINT \"FK_6d2b8e38336d5a817b9bb14dfa5\" FOREIGN KEY (\"active_tenant_id\") REFERENCES \"tenant\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"super_admin\" DROP CONSTRAINT \"FK_6d2b8e38336d5a817b9bb14dfa5\"");
    await queryRunner.query("ALTER TABLE \"user_permission\" DROP CONSTRAINT \"FK_2305dfa7330dd7f8e211f4f35d9\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_audit_tenant_time\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_audit_tenant_target\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_audit_tenant_actor\"");
    await queryRunner.query("ALTER TABLE \"audit_entry\" ALTER COLUMN \"occurred_at\" TYPE TIMESTAMP(6) WITH TIME ZONE");
    await queryRunner.query("CREATE INDEX \"IDX_audit_tenant_time\" ON \"audit_entry\" USING btree (\"occurred_at\", \"tenant_id\") ");
    await queryRunner.query("ALTER TABLE \"super_admin\" DROP COLUMN \"active_tenant_id\"");
    await queryRunner.query("ALTER TABLE \"tenant\" DROP COLUMN \"access_version\"");
    await queryRunner.query("DROP TABLE \"user_permission\"");
  }
}
