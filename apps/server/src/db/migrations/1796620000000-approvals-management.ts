import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ApprovalsManagement1796620000000 implements MigrationInterface {
  name = 'ApprovalsManagement1796620000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Written by hand: group names are unique per tenant regardless of case (an expression index the entity cannot declare).
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_approval_group_tenant_lower_name\" ON \"approval_group\" (\"tenant_id\", lower(\"name\"))");
    await queryRunner.query("CREATE INDEX \"IDX_approval_group_member_user\" ON \"approval_group_member\"  (\"user_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_holiday_delegation_delegate\" ON \"holiday_delegation\"  (\"delegate_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_holiday_delegation_delegator\" ON \"holiday_delegation\"  (\"delegator_id\", \"starts_on\") ");
    await queryRunner.query("ALTER TABLE \"holiday_delegation\" ADD CONSTRAINT \"CHK_holiday_delegation_parties\" CHECK (\"delegator_id\" <> \"delegate_id\")");
    await queryRunner.query("ALTER TABLE \"holiday_delegation\" ADD CONSTRAINT \"CHK_holiday_delegation_dates\" CHECK (\"ends_on\" >= \"starts_on\")");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"holiday_delegation\" DROP CONSTRAINT \"CHK_holiday_delegation_dates\"");
    await queryRunner.query("ALTER TABLE \"holiday_delegation\" DROP CONSTRAINT \"CHK_holiday_delegation_parties\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_holiday_delegation_delegator\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_holiday_delegation_delegate\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_approval_group_member_user\"");
    await queryRunner.query("DROP INDEX \"public\".\"UQ_approval_group_tenant_lower_name\"");
  }
}
