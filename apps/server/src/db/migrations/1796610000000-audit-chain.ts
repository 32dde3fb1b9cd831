import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each tenant's audit entries (and the platform's, chain id = nil UUID) form a hash chain. The
 * content hash is computed in SQL so that the writer and the verifier (verify-chain.ts) read the
 * same canonical text: jsonb's text form is deterministic, and the time is printed in UTC.
 * Links are written by a deferred trigger at commit, whatever statement inserted the entry.
 */
const CONTENT_HASH = `CREATE FUNCTION audit_entry_content_hash(entry audit_entry) RETURNS bytea LANGUAGE sql STABLE AS $$
  SELECT sha256(convert_to(jsonb_build_array(
    entry.id, entry.tenant_id, entry.actor_user_id, entry.actor_super_admin_id, entry.actor_label,
    entry.action, entry.target_type, entry.target_id, entry.target_label,
    entry.before, entry.after, entry.origin,
    to_char(entry.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
  )::text, 'UTF8'))
$$`;

const APPEND = `CREATE FUNCTION audit_chain_append(entry audit_entry) RETURNS void LANGUAGE plpgsql AS $$
  DECLARE
    chain uuid := coalesce(entry.tenant_id, '00000000-0000-0000-0000-000000000000');
    content bytea := audit_entry_content_hash(entry);
    head audit_chain_head%ROWTYPE;
    next_hash bytea;
  BEGIN
    INSERT INTO audit_chain_head (chain_id, position, hash) VALUES (chain, 0, decode(repeat('00', 32), 'hex'))
      ON CONFLICT (chain_id) DO NOTHING;
    SELECT * INTO head FROM audit_chain_head WHERE chain_id = chain FOR UPDATE;
    next_hash := sha256(head.hash || content);
    INSERT INTO audit_chain_link (entry_id, chain_id, position, content_hash, previous_hash, hash)
      VALUES (entry.id, chain, head.position + 1, content, head.hash, next_hash);
    UPDATE audit_chain_head SET position = head.position + 1, hash = next_hash WHERE chain_id = chain;
  END $$`;

const APPEND_TRIGGER = `CREATE FUNCTION audit_chain_append_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM audit_chain_append(NEW);
    RETURN NULL;
  END $$`;

/** Links and seals are evidence: like the entries themselves, nobody edits or removes them. */
const APPEND_ONLY = `CREATE FUNCTION audit_evidence_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
  END $$`;

export class AuditChain1796610000000 implements MigrationInterface {
  name = 'AuditChain1796610000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"audit_chain_head\" (\"chain_id\" uuid NOT NULL, \"position\" bigint NOT NULL, \"hash\" bytea NOT NULL, CONSTRAINT \"PK_392fc735804fd7f73472e7a3790\" PRIMARY KEY (\"chain_id\"))");
    await queryRunner.query("CREATE TABLE \"audit_chain_link\" (\"entry_id\" uuid NOT NULL, \"chain_id\" uuid NOT NULL, \"position\" bigint NOT NULL, \"content_hash\" bytea NOT NULL, \"previous_hash\" bytea NOT NULL, \"hash\" bytea NOT NULL, CONSTRAINT \"PK_e6f4749be921e2e13e618b2051d\" PRIMARY KEY (\"entry_id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_audit_chain_link_position\" ON \"audit_chain_link\"  (\"chain_id\", \"position\") ");
    await queryRunner.query("CREATE TABLE \"audit_chain_seal\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"chain_id\" uuid NOT NULL, \"position\" bigint NOT NULL, \"hash\" bytea NOT NULL, \"sealed_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL, \"key_id\" character varying(100) NOT NULL, \"signature\" text NOT NULL, CONSTRAINT \"PK_fa949dd7e78e0eb68aa0466955f\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_audit_chain_seal_position\" ON \"audit_chain_seal\"  (\"chain_id\", \"position\") ");
    await queryRunner.query(CONTENT_HASH);
    await queryRunner.query(APPEND);
    await queryRunner.query(APPEND_TRIGGER);
    await queryRunner.query(APPEND_ONLY);
    for (const table of ['audit_chain_link', 'audit_chain_seal']) {
      await queryRunner.query(`CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION audit_evidence_is_append_only()`);
      await queryRunner.query(`CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION audit_evidence_is_append_only()`);
    }
    // Deferred to commit: positions follow commit order, and the head's lock is the last one taken.
    await queryRunner.query(`CREATE CONSTRAINT TRIGGER audit_chain_append AFTER INSERT ON "audit_entry"
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_chain_append_trigger()`);
    // History written before the chain existed joins it in the order it was written.
    await queryRunner.query(`DO $$
      DECLARE entry audit_entry;
      BEGIN
        FOR entry IN SELECT * FROM audit_entry ORDER BY sequence LOOP
          PERFORM audit_chain_append(entry);
        END LOOP;
      END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER audit_chain_append ON "audit_entry"');
    for (const table of ['audit_chain_link', 'audit_chain_seal']) {
      await queryRunner.query(`DROP TRIGGER ${table}_no_truncate ON "${table}"`);
      await queryRunner.query(`DROP TRIGGER ${table}_append_only ON "${table}"`);
    }
    await queryRunner.query('DROP FUNCTION audit_evidence_is_append_only()');
    await queryRunner.query('DROP FUNCTION audit_chain_append_trigger()');
    await queryRunner.query('DROP FUNCTION audit_chain_append(audit_entry)');
    await queryRunner.query('DROP FUNCTION audit_entry_content_hash(audit_entry)');
    await queryRunner.query("DROP INDEX \"public\".\"UQ_audit_chain_seal_position\"");
    await queryRunner.query("DROP TABLE \"audit_chain_seal\"");
    await queryRunner.query("DROP INDEX \"public\".\"UQ_audit_chain_link_position\"");
    await queryRunner.query("DROP TABLE \"audit_chain_link\"");
    await queryRunner.query("DROP TABLE \"audit_chain_head\"");
  }
}
