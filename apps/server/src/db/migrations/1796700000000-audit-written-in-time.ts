import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An audit entry is written within an hour after its time (the start of its transaction) and at
 * most a minute before it, by the database's own clock. With that rule the list bounds `sequence`
 * by a time range (modules/audit/queries/sequence-bounds.ts): PostgreSQL cannot know that time and
 * write order go together, and for a month a year back it walked every newer entry of the filter
 * first (570-650 ms at 10 M entries). A transaction that writes audit entries for longer than an
 * hour now fails instead, which no request or command comes near.
 */
export class AuditWrittenInTime1796700000000 implements MigrationInterface {
  name = 'AuditWrittenInTime1796700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION audit_entry_written_in_time() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.occurred_at < clock_timestamp() - interval '1 hour' OR NEW.occurred_at > clock_timestamp() + interval '1 minute' THEN
    RAISE EXCEPTION 'an audit entry is written within an hour of its time: % is too far from %', NEW.occurred_at, clock_timestamp()
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$`);
    await queryRunner.query('CREATE TRIGGER audit_entry_written_in_time BEFORE INSERT ON "audit_entry" FOR EACH ROW EXECUTE FUNCTION audit_entry_written_in_time()');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER audit_entry_written_in_time ON "audit_entry"');
    await queryRunner.query('DROP FUNCTION audit_entry_written_in_time()');
  }
}
