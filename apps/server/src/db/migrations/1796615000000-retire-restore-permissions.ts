import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `users.restore` and `roles.restore` left the catalogue: restoring is a super admin's act inside
 * the tenant (Super Admin Active mode), so a tenant role holding them could do nothing with them.
 * Stored grants of keys the catalogue no longer has would only show as unknown rows.
 */
export class RetireRestorePermissions1796615000000 implements MigrationInterface {
  name = 'RetireRestorePermissions1796615000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM role_permission WHERE permission_key IN ('users.restore', 'roles.restore')`);
    await queryRunner.query(`DELETE FROM user_permission WHERE permission_key IN ('users.restore', 'roles.restore')`);
  }

  async down(): Promise<void> {
    // The grants cannot be told apart from never having existed; the keys stay retired.
  }
}
