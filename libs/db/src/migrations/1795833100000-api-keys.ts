import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Bearer API keys for the API's write endpoints. Only the sha256 of a key is stored (keys are 32 random bytes, so
 * a plain hash is enough); the short prefix identifies a key in lists and logs without revealing it.
 */
export class ApiKeys1795833100000 implements MigrationInterface {
  name = 'ApiKeys1795833100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE api_key (
        id bigserial PRIMARY KEY,
        prefix text NOT NULL CONSTRAINT api_key_prefix_key UNIQUE,
        key_hash char(64) NOT NULL CONSTRAINT api_key_hash_key UNIQUE,
        role text NOT NULL CONSTRAINT api_key_role_check CHECK (role IN ('viewer', 'editor', 'admin')),
        name text,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz,
        revoked_at timestamptz
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE api_key`);
  }
}
