import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795597517653 implements MigrationInterface {
  name = 'Initial1795597517653';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"audit_entry\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"tenant_id\" uuid, \"actor_user_id\" uuid, \"actor_super_admin_id\" uuid, \"actor_label\" character varying(200) NOT NULL, \"action\" character varying(100) NOT NULL, \"target_type\" character varying(50) NOT NULL, \"target_id\" uuid, \"target_label\" character varying(200), \"before\" jsonb, \"after\" jsonb, \"origin\" jsonb, \"occurred_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_58a130a4b9da189f46ba2a01801\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_audit_tenant_time\" ON \"audit_entry\"  (\"tenant_id\", \"occurred_at\") ");
    await queryRunner.query("CREATE TABLE \"tenant\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"slug\" character varying(63) NOT NULL, \"name\" character varying(200) NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"UQ_abfd243f7bd832e806d19c5a919\" UNIQUE (\"slug\"), CONSTRAINT \"PK_da8c6efd67bb301e810e56ac139\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"role_permission\" (\"role_id\" uuid NOT NULL, \"permission_key\" character varying(100) NOT NULL, CONSTRAINT \"PK_edac9957fff81abe27b38bd6914\" PRIMARY KEY (\"role_id\", \"permission_key\"))");
    await queryRunner.query("CREATE TABLE \"role\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"tenant_id\" uuid NOT NULL, \"name\" character varying(100) NOT NULL, \"is_system\" boolean NOT NULL DEFAULT false, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"deleted_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_b36bcfe02fc8de3c57a8b2391c2\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_role_tenant_name_live\" ON \"role\"  (\"tenant_id\", \"name\") WHERE \"deleted_at\" IS NULL");
    await queryRunner.query("CREATE TABLE \"role_parent\" (\"role_id\" uuid NOT NULL, \"parent_role_id\" uuid NOT NULL, CONSTRAINT \"PK_4a524910e9617141c0fb484082b\" PRIMARY KEY (\"role_id\", \"parent_role_id\"))");
    await queryRunner.query("CREATE TABLE \"super_admin\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"username\" character varying(100) NOT NULL, \"display_name\" character varying(200) NOT NULL, \"password_hash\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"UQ_a27f030e660d4e72ce66bd5d0b3\" UNIQUE (\"username\"), CONSTRAINT \"PK_3c4fab866f4c62a54ee1ebb1fe3\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"user_account\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"tenant_id\" uuid NOT NULL, \"username\" character varying(100) NOT NULL, \"email\" character varying(254) NOT NULL, \"first_name\" character varying(100), \"last_name\" character varying(100), \"password_hash\" text, \"role_id\" uuid NOT NULL, \"is_active\" boolean NOT NULL DEFAULT true, \"last_login_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"deleted_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_6acfec7285fdf9f463462de3e9f\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_user_tenant_email\" ON \"user_account\"  (\"tenant_id\", \"email\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_user_tenant_username\" ON \"user_account\"  (\"tenant_id\", \"username\") ");
    await queryRunner.query("ALTER TABLE \"role_permission\" ADD CONSTRAINT \"FK_3d0a7155eafd75ddba5a7013368\" FOREIGN KEY (\"role_id\") REFERENCES \"role\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"role\" ADD CONSTRAINT \"FK_85e2fec3e4e4f4ab521c4a1a460\" FOREIGN KEY (\"tenant_id\") REFERENCES \"tenant\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"role_parent\" ADD CONSTRAINT \"FK_00c3d3abc9c407c7a6730ff1e17\" FOREIGN KEY (\"role_id\") REFERENCES \"role\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"role_parent\" ADD CONSTRAINT \"FK_58b3bde963ed8312c146f0af9f2\" FOREIGN KEY (\"parent_role_id\") REFERENCES \"role\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"user_account\" ADD CONSTRAINT \"FK_9a3bbeb2be38637fe8dac780cfd\" FOREIGN KEY (\"tenant_id\") REFERENCES \"tenant\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"user_account\" ADD CONSTRAINT \"FK_c57754862d92d288007ce87b4af\" FOREIGN KEY (\"role_id\") REFERENCES \"role\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    // Audit history is append-only for every database role, including the application's own.
    await queryRunner.query(`CREATE FUNCTION audit_entry_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_entry is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END
    $$`);
    await queryRunner.query(`CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON "audit_entry"
      FOR EACH ROW EXECUTE FUNCTION audit_entry_is_append_only()`);
    await queryRunner.query(`CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON "audit_entry"
      FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_is_append_only()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_entry_no_truncate ON "audit_entry"`);
    await queryRunner.query(`DROP TRIGGER audit_entry_append_only ON "audit_entry"`);
    await queryRunner.query(`DROP FUNCTION audit_entry_is_append_only()`);
    await queryRunner.query("ALTER TABLE \"user_account\" DROP CONSTRAINT \"FK_c57754862d92d288007ce87b4af\"");
    await queryRunner.query("ALTER TABLE \"user_account\" DROP CONSTRAINT \"FK_9a3bbeb2be38637fe8dac780cfd\"");
    await queryRunner.query("ALTER TABLE \"role_parent\" DROP CONSTRAINT \"FK_58b3bde963ed8312c146f0af9f2\"");
    await queryRunner.query("ALTER TABLE \"role_parent\" DROP CONSTRAINT \"FK_00c3d3abc9c407c7a6730ff1e17\"");
    await queryRunner.query("ALTER TABLE \"role\" DROP CONSTRAINT \"FK_85e2fec3e4e4f4ab521c4a1a460\"");
    await queryRunner.query("ALTER TABLE \"role_permission\" DROP CONSTRAINT \"FK_3d0a7155eafd75ddba5a7013368\"");
    await queryRunner.query("DROP INDEX \"public\".\"UQ_user_tenant_username\"");
    await queryRunner.query("DROP INDEX \"public\".\"UQ_user_tenant_email\"");
    await queryRunner.query("DROP TABLE \"user_account\"");
    await queryRunner.query("DROP TABLE \"super_admin\"");
    await queryRunner.query("DROP TABLE \"role_parent\"");
    await queryRunner.query("DROP INDEX \"public\".\"UQ_role_tenant_name_live\"");
    await queryRunner.query("DROP TABLE \"role\"");
    await queryRunner.query("DROP TABLE \"role_permission\"");
    await queryRunner.query("DROP TABLE \"tenant\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_audit_tenant_time\"");
    await queryRunner.query("DROP TABLE \"audit_entry\"");
  }
}
