import type { MigrationInterface, QueryRunner } from 'typeorm';

export class UserRoleOrder1796123622397 implements MigrationInterface {
  name = 'UserRoleOrder1796123622397';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX \"IDX_user_tenant_role_order\" ON \"user_account\"  (\"tenant_id\", \"role_id\", \"id\") WHERE \"deleted_at\" IS NULL");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"IDX_user_tenant_role_order\"");
  }
}
