import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The tables a request's principal is read from (see modules/auth/token-principal.ts). */
const PRINCIPAL_TABLES = ['user_account', 'tenant', 'auth_session', 'super_admin'];

/**
 * Every server instance keeps the principals of recent requests in memory (PrincipalCache). A
 * change to any row they were read from is announced on a channel, in the committing transaction,
 * whichever statement made it: a missed code path cannot leave a revoked session or a deactivated
 * user signed in. The payload is the row's id; ids are UUIDs, unique across these tables.
 */
export class PrincipalChangeNotices1796600000000 implements MigrationInterface {
  name = 'PrincipalChangeNotices1796600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION principal_change_notice() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('access_principal_change', OLD.id::text);
        RETURN NULL;
      END $$`);
    for (const table of PRINCIPAL_TABLES) {
      await queryRunner.query(`CREATE TRIGGER principal_change AFTER UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION principal_change_notice()`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of PRINCIPAL_TABLES) await queryRunner.query(`DROP TRIGGER principal_change ON "${table}"`);
    await queryRunner.query('DROP FUNCTION principal_change_notice()');
  }
}
