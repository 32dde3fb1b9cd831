import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The expressions of users-query.service.ts (SORT_KEYS, FULL_NAME), repeated verbatim so the planner matches them. */
const NAME_ORDER = "lower(coalesce(\"last_name\", '') || ' ' || coalesce(\"first_name\", '') || ' ' || \"username\")";
const LAST_LOGIN_ORDER = "coalesce(extract(epoch from (\"last_login_at\" AT TIME ZONE 'UTC')), -1)";
const STATUS_ORDER =
  'CASE WHEN "deleted_at" IS NOT NULL THEN 5 WHEN "hold_invite" THEN 1 WHEN NOT "is_active" THEN 4 WHEN "activated_at" IS NULL THEN 2 ELSE 3 END';
const FULL_NAME = "(coalesce(\"first_name\", '') || ' ' || coalesce(\"last_name\", ''))";

const TRIGRAM_INDEXES: Array<[name: string, expression: string]> = [
  ['IDX_user_username_trgm', '"username"'],
  ['IDX_user_full_name_trgm', FULL_NAME],
  ['IDX_user_email_trgm', '"email"'],
];

/**
 * Set on pg_trgm when this migration installed it, so that `down` removes the extension only then
 * and leaves one a database administrator (or another application) installed before.
 */
const INSTALLED_HERE = 'text similarity measurement and index searching based on trigrams (installed by migration UserSearchIndexes1796114300000)';

/**
 * Indexes for the Users list at tens of thousands of users per tenant: the role, state and
 * last-login filters and their counts (index-only scans on the live users), every sort order but
 * ROLE, and trigram indexes for the name and email fragments (ILIKE '%…%').
 *
 * pg_trgm ships with PostgreSQL (contrib) and is a trusted extension, but a server may lack it and
 * PGlite does not list it unless loaded: there the trigram indexes are skipped and the fragment
 * filters scan the tenant's users.
 */
export class UserSearchIndexes1796114300000 implements MigrationInterface {
  name = 'UserSearchIndexes1796114300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX \"IDX_user_tenant_last_login\" ON \"user_account\"  (\"tenant_id\", \"last_login_at\") WHERE \"deleted_at\" IS NULL");
    await queryRunner.query("CREATE INDEX \"IDX_user_tenant_state\" ON \"user_account\"  (\"tenant_id\", \"hold_invite\", \"is_active\", \"activated_at\") WHERE \"deleted_at\" IS NULL");
    await queryRunner.query("CREATE INDEX \"IDX_user_tenant_role_state\" ON \"user_account\"  (\"tenant_id\", \"role_id\", \"hold_invite\", \"is_active\", \"activated_at\") WHERE \"deleted_at\" IS NULL");
    // Written by hand (expression indexes the entity cannot declare): the sort keys, ties broken by id for keyset pages.
    await queryRunner.query(`CREATE INDEX "IDX_user_tenant_name_order" ON "user_account" ("tenant_id", (${NAME_ORDER}), "id") WHERE "deleted_at" IS NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_user_tenant_last_login_order" ON "user_account" ("tenant_id", (${LAST_LOGIN_ORDER}), "id") WHERE "deleted_at" IS NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_user_tenant_status_order" ON "user_account" ("tenant_id", (${STATUS_ORDER}), "id") WHERE "deleted_at" IS NULL`);

    const schema = await trigramSchema(queryRunner);
    if (!schema) return;
    for (const [name, expression] of TRIGRAM_INDEXES) {
      await queryRunner.query(`CREATE INDEX "${name}" ON "user_account" USING gin (${expression} ${schema}.gin_trgm_ops)`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [name] of TRIGRAM_INDEXES) await queryRunner.query(`DROP INDEX IF EXISTS "public"."${name}"`);
    const [ours]: Array<{ installed_here: boolean }> = await queryRunner.query(
      "SELECT obj_description(oid, 'pg_extension') = $1 AS installed_here FROM pg_extension WHERE extname = 'pg_trgm'",
      [INSTALLED_HERE],
    );
    if (ours?.installed_here) await queryRunner.query('DROP EXTENSION pg_trgm');
    await queryRunner.query('DROP INDEX "public"."IDX_user_tenant_status_order"');
    await queryRunner.query('DROP INDEX "public"."IDX_user_tenant_last_login_order"');
    await queryRunner.query('DROP INDEX "public"."IDX_user_tenant_name_order"');
    await queryRunner.query("DROP INDEX \"public\".\"IDX_user_tenant_role_state\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_user_tenant_state\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_user_tenant_last_login\"");
  }
}

/**
 * The schema of pg_trgm (quoted), installing it first when it is available and this role may
 * (a superuser, or CREATE on the database for a trusted extension); null when neither holds.
 */
async function trigramSchema(queryRunner: QueryRunner): Promise<string | null> {
  const installed = async (): Promise<string | null> => {
    const [row]: Array<{ schema: string }> = await queryRunner.query(
      "SELECT quote_ident(n.nspname) AS schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'",
    );
    return row?.schema ?? null;
  };
  const existing = await installed();
  if (existing) return existing;
  const [available]: Array<{ installable: boolean }> = await queryRunner.query(
    `SELECT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) OR (v.trusted AND has_database_privilege(current_database(), 'CREATE')) AS installable
     FROM pg_available_extensions a JOIN pg_available_extension_versions v ON v.name = a.name AND v.version = a.default_version
     WHERE a.name = 'pg_trgm'`,
  );
  if (!available?.installable) return null;
  await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
  await queryRunner.query(`COMMENT ON EXTENSION pg_trgm IS '${INSTALLED_HERE}'`);
  return installed();
}
