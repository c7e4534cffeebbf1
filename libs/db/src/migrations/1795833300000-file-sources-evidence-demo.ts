import { MigrationInterface, QueryRunner } from 'typeorm';

const DEMO_PREFIX = '[voorbeelddata] ';

/**
 * Files as sources, and facts about a publication stored once:
 * - `source_table.provider` `file`: a StatLine export or third-party file loaded through its manifest;
 * - `source_table.evidence`: how close the figures are to CBS's own publication (cbs, cbs-export, third-party,
 *   transcribed, municipal);
 * - `source_file`: every file a `file` table was loaded from, by sha256 (its observations' publication version),
 *   with the manifest that described it (where it came from, which column feeds which measure);
 * - `uploaded_file.demo`: an illustrative (voorbeelddata) file, a column instead of a prefix on its name;
 * - `data_check`: the range, jump and completeness checks of a run, recorded with it.
 */
export class FileSourcesEvidenceDemo1795833300000 implements MigrationInterface {
  name = 'FileSourcesEvidenceDemo1795833300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE source_table DROP CONSTRAINT source_table_provider_check`);
    await queryRunner.query(`ALTER TABLE source_table ADD CONSTRAINT source_table_provider_check
      CHECK (provider IN ('cbs-v3', 'cbs-v4', 'file', 'municipal-file'))`);
    await queryRunner.query(`ALTER TABLE source_table ADD COLUMN evidence text NOT NULL DEFAULT 'cbs'
      CONSTRAINT source_table_evidence_check CHECK (evidence IN ('cbs', 'cbs-export', 'third-party', 'transcribed', 'municipal'))`);
    await queryRunner.query(`UPDATE source_table SET evidence = 'municipal' WHERE provider = 'municipal-file'`);
    await queryRunner.query(`
      CREATE TABLE source_file (
        id bigserial PRIMARY KEY,
        source_table_id int NOT NULL REFERENCES source_table (id) ON DELETE CASCADE,
        file_name text NOT NULL,
        sha256 char(64) NOT NULL,
        manifest jsonb NOT NULL,
        run_id bigint REFERENCES etl_run (id) ON DELETE SET NULL,
        loaded_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT source_file_table_sha256_key UNIQUE (source_table_id, sha256)
      )`);
    await queryRunner.query(`CREATE INDEX source_file_sha256_idx ON source_file (sha256)`);

    await queryRunner.query(`ALTER TABLE uploaded_file ADD COLUMN demo boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`UPDATE uploaded_file SET demo = true, name = substr(name, $1) WHERE starts_with(name, $2)`, [
      DEMO_PREFIX.length + 1,
      DEMO_PREFIX,
    ]);
    // Observation reads join a figure to its file by publication version (the file's sha256).
    await queryRunner.query(`CREATE INDEX uploaded_file_sha256_idx ON uploaded_file (sha256)`);

    await queryRunner.query(`
      CREATE TABLE data_check (
        id bigserial PRIMARY KEY,
        run_id bigint NOT NULL REFERENCES etl_run (id) ON DELETE CASCADE,
        measure_name text NOT NULL,
        region_code varchar(16),
        period_code varchar(8),
        check_kind text NOT NULL CONSTRAINT data_check_kind_check CHECK (check_kind IN ('range', 'jump', 'completeness')),
        value numeric,
        message_nl text NOT NULL,
        message_en text NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX data_check_run_idx ON data_check (run_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE data_check`);
    await queryRunner.query(`DROP INDEX uploaded_file_sha256_idx`);
    await queryRunner.query(`UPDATE uploaded_file SET name = $1 || name WHERE demo`, [DEMO_PREFIX]);
    await queryRunner.query(`ALTER TABLE uploaded_file DROP COLUMN demo`);
    await queryRunner.query(`DROP TABLE source_file`);
    await queryRunner.query(`ALTER TABLE source_table DROP COLUMN evidence`);
    await queryRunner.query(`DELETE FROM source_table WHERE provider = 'file'`);
    await queryRunner.query(`ALTER TABLE source_table DROP CONSTRAINT source_table_provider_check`);
    await queryRunner.query(`ALTER TABLE source_table ADD CONSTRAINT source_table_provider_check
      CHECK (provider IN ('cbs-v3', 'cbs-v4', 'municipal-file'))`);
  }
}
