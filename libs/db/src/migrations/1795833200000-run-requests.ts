import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Runs asked for through the API. The API does not load data itself: it queues the request here and notifies the
 * ETL process, which runs it with the same runner as the schedule and records the resulting etl_run ids.
 */
export class RunRequests1795833200000 implements MigrationInterface {
  name = 'RunRequests1795833200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE run_request (
        id bigserial PRIMARY KEY,
        source text NOT NULL,
        table_id text,
        options jsonb NOT NULL DEFAULT '{}'::jsonb,
        requested_by text NOT NULL,
        requested_at timestamptz NOT NULL DEFAULT now(),
        status text NOT NULL DEFAULT 'queued' CONSTRAINT run_request_status_check
          CHECK (status IN ('queued', 'running', 'done', 'failed')),
        started_at timestamptz,
        finished_at timestamptz,
        run_ids bigint[] NOT NULL DEFAULT '{}',
        error_message text
      )`);
    await queryRunner.query(`CREATE INDEX run_request_queued_idx ON run_request (requested_at) WHERE status = 'queued'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE run_request`);
  }
}
