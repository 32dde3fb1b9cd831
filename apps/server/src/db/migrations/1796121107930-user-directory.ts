import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The columns the Users list filters and counts by (UserDirectory); a change to any other column leaves the stamp alone. */
const FILTERED_COLUMNS = ['username', 'email', 'first_name', 'last_name', 'role_id', 'hold_invite', 'is_active', 'activated_at', 'last_login_at', 'deleted_at'];

/**
 * What the in-memory user directory (modules/users/directory) needs to catch up with the database:
 * every user row carries the transaction that last changed a filtered column, and a row deleted
 * outright leaves a tombstone. Transaction ids rather than a counter, because they are handed out
 * without a lock: a reader that remembers its snapshot's oldest running transaction finds every
 * change committed since by asking for ids from that one on.
 */
export class UserDirectory1796121107930 implements MigrationInterface {
  name = 'UserDirectory1796121107930';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"user_directory_tombstone\" (\"user_id\" uuid NOT NULL, \"tenant_id\" uuid NOT NULL, \"xid\" bigint NOT NULL, CONSTRAINT \"PK_f623d6616052bcd2da603404f65\" PRIMARY KEY (\"user_id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_user_directory_tombstone_tenant_xid\" ON \"user_directory_tombstone\"  (\"tenant_id\", \"xid\") ");
    await queryRunner.query("ALTER TABLE \"user_account\" ADD \"directory_xid\" bigint NOT NULL DEFAULT '0'");
    await queryRunner.query("CREATE INDEX \"IDX_user_tenant_directory_xid\" ON \"user_account\"  (\"tenant_id\", \"directory_xid\") ");

    await queryRunner.query(`CREATE FUNCTION user_directory_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.directory_xid := pg_current_xact_id()::text::bigint;
        RETURN NEW;
      END $$`);
    await queryRunner.query('CREATE TRIGGER user_directory_insert BEFORE INSERT ON "user_account" FOR EACH ROW EXECUTE FUNCTION user_directory_stamp()');
    const changed = FILTERED_COLUMNS.map((column) => `OLD."${column}" IS DISTINCT FROM NEW."${column}"`).join(' OR ');
    await queryRunner.query(`CREATE TRIGGER user_directory_change BEFORE UPDATE ON "user_account" FOR EACH ROW WHEN (${changed}) EXECUTE FUNCTION user_directory_stamp()`);
    await queryRunner.query(`CREATE FUNCTION user_directory_bury() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO "user_directory_tombstone" ("user_id", "tenant_id", "xid")
          SELECT "id", "tenant_id", pg_current_xact_id()::text::bigint FROM gone
          ON CONFLICT ("user_id") DO UPDATE SET "tenant_id" = EXCLUDED."tenant_id", "xid" = EXCLUDED."xid";
        RETURN NULL;
      END $$`);
    await queryRunner.query('CREATE TRIGGER user_directory_delete AFTER DELETE ON "user_account" REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION user_directory_bury()');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER user_directory_delete ON "user_account"');
    await queryRunner.query('DROP FUNCTION user_directory_bury()');
    await queryRunner.query('DROP TRIGGER user_directory_change ON "user_account"');
    await queryRunner.query('DROP TRIGGER user_directory_insert ON "user_account"');
    await queryRunner.query('DROP FUNCTION user_directory_stamp()');
    await queryRunner.query("DROP INDEX \"public\".\"IDX_user_tenant_directory_xid\"");
    await queryRunner.query("ALTER TABLE \"user_account\" DROP COLUMN \"directory_xid\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_user_directory_tombstone_tenant_xid\"");
    await queryRunner.query("DROP TABLE \"user_directory_tombstone\"");
  }
}
