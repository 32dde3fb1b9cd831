import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SignInThrottle1795599829312 implements MigrationInterface {
  name = 'SignInThrottle1795599829312';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"login_throttle\" (\"key\" character varying(300) NOT NULL, \"failures\" integer NOT NULL DEFAULT '0', \"locked_until\" TIMESTAMP WITH TIME ZONE, \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_14c03bac82292a8310c54cb98d0\" PRIMARY KEY (\"key\"))");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE \"login_throttle\"");
  }
}
