import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The revision-aware core: regions, source tables and measures, and observations keyed by their publication
 * version so a revised figure is a new row beside the old one. Run bookkeeping (etl_run, rejected_row) and the
 * municipal files kept as evidence (uploaded_file).
 */
export class InitialSchema1795833000000 implements MigrationInterface {
  name = 'InitialSchema1795833000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE region (
        code varchar(16) PRIMARY KEY,
        name text NOT NULL,
        level text NOT NULL CONSTRAINT region_level_check
          CHECK (level IN ('land', 'landsdeel', 'provincie', 'corop', 'arbeidsmarktregio', 'gemeente', 'wijk', 'buurt', 'overig')),
        parent_code varchar(16) REFERENCES region (code) ON DELETE SET NULL,
        boundary_year int
      )`);
    await queryRunner.query(`CREATE INDEX region_level_idx ON region (level)`);
    await queryRunner.query(`CREATE INDEX region_parent_idx ON region (parent_code)`);

    await queryRunner.query(`
      CREATE TABLE source_table (
        id serial PRIMARY KEY,
        provider text NOT NULL CONSTRAINT source_table_provider_check
          CHECK (provider IN ('cbs-v3', 'cbs-v4', 'municipal-file')),
        table_id text NOT NULL,
        title text NOT NULL,
        source_modified timestamptz,
        status text NOT NULL DEFAULT 'active' CONSTRAINT source_table_status_check
          CHECK (status IN ('active', 'discontinued')),
        successor_table_id text,
        frequency text,
        CONSTRAINT source_table_provider_table_key UNIQUE (provider, table_id)
      )`);

    await queryRunner.query(`
      CREATE TABLE measure (
        id serial PRIMARY KEY,
        source_table_id int NOT NULL REFERENCES source_table (id) ON DELETE CASCADE,
        source_key text NOT NULL,
        dimensions jsonb NOT NULL DEFAULT '{}'::jsonb,
        name text NOT NULL,
        title text NOT NULL,
        unit text,
        decimals int,
        CONSTRAINT measure_source_key UNIQUE (source_table_id, source_key, dimensions)
      )`);
    await queryRunner.query(`CREATE INDEX measure_name_idx ON measure (name)`);

    await queryRunner.query(`
      CREATE TABLE etl_run (
        id bigserial PRIMARY KEY,
        source text NOT NULL,
        table_id text,
        trigger text NOT NULL CONSTRAINT etl_run_trigger_check CHECK (trigger IN ('schedule', 'cli', 'api', 'startup')),
        dry_run boolean NOT NULL DEFAULT false,
        started_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz,
        status text NOT NULL DEFAULT 'running' CONSTRAINT etl_run_status_check
          CHECK (status IN ('running', 'succeeded', 'failed', 'skipped')),
        rows_read int NOT NULL DEFAULT 0,
        rows_inserted int NOT NULL DEFAULT 0,
        rows_unchanged int NOT NULL DEFAULT 0,
        rows_rejected int NOT NULL DEFAULT 0,
        error_code text,
        error_message text
      )`);
    await queryRunner.query(`CREATE INDEX etl_run_source_started_idx ON etl_run (source, started_at)`);

    await queryRunner.query(`
      CREATE TABLE observation (
        id bigserial PRIMARY KEY,
        measure_id int NOT NULL REFERENCES measure (id) ON DELETE CASCADE,
        region_code varchar(16) NOT NULL REFERENCES region (code),
        period_code varchar(8) NOT NULL,
        period_start date NOT NULL,
        period_end date NOT NULL,
        value numeric,
        missing_reason text,
        status text NOT NULL CONSTRAINT observation_status_check
          CHECK (status IN ('provisional', 'revised-provisional', 'definitive')),
        publication_version text NOT NULL,
        published_at timestamptz NOT NULL,
        run_id bigint REFERENCES etl_run (id) ON DELETE SET NULL,
        loaded_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT observation_missing_has_reason CHECK (value IS NOT NULL OR missing_reason IS NOT NULL),
        CONSTRAINT observation_period_order CHECK (period_start <= period_end),
        CONSTRAINT observation_natural_key UNIQUE (measure_id, region_code, period_code, publication_version)
      )`);
    // The API's two reads: one series (measure + region over a period range, the natural key's prefix) and
    // every region of a level for one measure and period (this index, joined to region by code).
    await queryRunner.query(`CREATE INDEX observation_measure_period_idx ON observation (measure_id, period_code, region_code)`);
    await queryRunner.query(`CREATE INDEX observation_run_idx ON observation (run_id)`);

    // The newest publication of every figure. Ties on published_at go to the row loaded last.
    await queryRunner.query(`
      CREATE VIEW current_observation AS
      SELECT DISTINCT ON (measure_id, region_code, period_code) *
      FROM observation
      ORDER BY measure_id, region_code, period_code, published_at DESC, id DESC`);

    await queryRunner.query(`
      CREATE TABLE rejected_row (
        id bigserial PRIMARY KEY,
        run_id bigint NOT NULL REFERENCES etl_run (id) ON DELETE CASCADE,
        location text NOT NULL,
        raw_value text,
        reason text NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX rejected_row_run_idx ON rejected_row (run_id)`);

    await queryRunner.query(`
      CREATE TABLE uploaded_file (
        id bigserial PRIMARY KEY,
        name text NOT NULL,
        sha256 char(64) NOT NULL,
        size_bytes int NOT NULL,
        kind text NOT NULL CONSTRAINT uploaded_file_kind_check CHECK (kind IN ('vacancy', 'employment', 'jobseekers')),
        uploaded_by text NOT NULL,
        uploaded_at timestamptz NOT NULL DEFAULT now(),
        content bytea NOT NULL,
        run_id bigint REFERENCES etl_run (id) ON DELETE SET NULL,
        CONSTRAINT uploaded_file_kind_sha256_key UNIQUE (kind, sha256)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE uploaded_file`);
    await queryRunner.query(`DROP TABLE rejected_row`);
    await queryRunner.query(`DROP VIEW current_observation`);
    await queryRunner.query(`DROP TABLE observation`);
    await queryRunner.query(`DROP TABLE etl_run`);
    await queryRunner.query(`DROP TABLE measure`);
    await queryRunner.query(`DROP TABLE source_table`);
    await queryRunner.query(`DROP TABLE region`);
  }
}
