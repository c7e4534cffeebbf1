import { MigrationInterface, QueryRunner } from 'typeorm';

const ORDER = 'ORDER BY measure_id, region_code, period_code, published_at DESC, id DESC';

/**
 * Withdrawing an uploaded file: who took it back, when and why, and the version that replaced it, on the file's
 * own row. Nothing is deleted: the file and its figures stay for as-of reads. `current_observation` now leaves out
 * the figures of withdrawn files (their publication version is the file's sha256), so the version before each
 * figure is current again. The same rule, as of a day, is in `libs/db/src/withdrawn-versions.ts`.
 */
export class UploadWithdrawals1796247296314 implements MigrationInterface {
  name = 'UploadWithdrawals1796247296314';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE uploaded_file
        ADD COLUMN withdrawn_at timestamptz,
        ADD COLUMN withdrawn_by text,
        ADD COLUMN withdrawal_reason text,
        ADD COLUMN replaced_by bigint REFERENCES uploaded_file (id),
        ADD CONSTRAINT uploaded_file_withdrawal_complete CHECK (
          (withdrawn_at IS NULL) = (withdrawn_by IS NULL) AND (withdrawn_at IS NULL) = (withdrawal_reason IS NULL)),
        ADD CONSTRAINT uploaded_file_withdrawal_reason_given CHECK (withdrawal_reason IS NULL OR btrim(withdrawal_reason) <> ''),
        ADD CONSTRAINT uploaded_file_replaced_when_withdrawn CHECK (replaced_by IS NULL OR withdrawn_at IS NOT NULL)`);
    await queryRunner.query(`
      CREATE OR REPLACE VIEW current_observation AS
      SELECT DISTINCT ON (measure_id, region_code, period_code) * FROM observation
      WHERE publication_version NOT IN (SELECT sha256::text FROM uploaded_file WHERE withdrawn_at IS NOT NULL)
      ${ORDER}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE VIEW current_observation AS
      SELECT DISTINCT ON (measure_id, region_code, period_code) * FROM observation
      ${ORDER}`);
    await queryRunner.query(`
      ALTER TABLE uploaded_file
        DROP CONSTRAINT uploaded_file_replaced_when_withdrawn,
        DROP CONSTRAINT uploaded_file_withdrawal_reason_given,
        DROP CONSTRAINT uploaded_file_withdrawal_complete,
        DROP COLUMN replaced_by,
        DROP COLUMN withdrawal_reason,
        DROP COLUMN withdrawn_by,
        DROP COLUMN withdrawn_at`);
  }
}
