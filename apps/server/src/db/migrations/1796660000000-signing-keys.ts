import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The token signing keys every instance shares (see modules/auth/signing-key-ring.ts). A change is
 * announced on a channel in the committing transaction, so every instance re-reads the keys at once.
 */
export class SigningKeys1796660000000 implements MigrationInterface {
  name = 'SigningKeys1796660000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"signing_key\" (\"kid\" character varying(100) NOT NULL, \"public_jwk\" jsonb NOT NULL, \"private_jwk_sealed\" text NOT NULL, \"signs_from\" TIMESTAMP WITH TIME ZONE NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_00d7e305393ab903d6eb06c11f9\" PRIMARY KEY (\"kid\"))");
    await queryRunner.query("CREATE INDEX \"IDX_signing_key_signs_from\" ON \"signing_key\"  (\"signs_from\") ");
    await queryRunner.query(`CREATE FUNCTION signing_key_change_notice() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('access_signing_keys', '');
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      'CREATE TRIGGER signing_key_change AFTER INSERT OR UPDATE OR DELETE ON signing_key FOR EACH STATEMENT EXECUTE FUNCTION signing_key_change_notice()',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER signing_key_change ON signing_key');
    await queryRunner.query('DROP FUNCTION signing_key_change_notice()');
    await queryRunner.query("DROP INDEX \"public\".\"IDX_signing_key_signs_from\"");
    await queryRunner.query("DROP TABLE \"signing_key\"");
  }
}
