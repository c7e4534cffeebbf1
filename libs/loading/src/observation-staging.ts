import { once } from 'node:events';
import { ClientBase } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { copyRow } from './copy-text';

export interface StagedObservation {
  measureId: number;
  regionCode: string;
  periodCode: string;
  periodStart: string;
  periodEnd: string;
  value: number | null;
  missingReason: string | null;
  status: string;
}

/**
 * Observations of one table load, streamed with COPY into a temporary table that lives only as long as the
 * transaction. Nothing touches `observation` until `merge`, so a failure midway leaves it as it was.
 */
export class ObservationStaging {
  private stream: ReturnType<typeof copyFrom> | undefined;
  private staged = 0;

  constructor(private readonly db: ClientBase) {}

  static async create(db: ClientBase): Promise<ObservationStaging> {
    await db.query(`
      CREATE TEMP TABLE staging_observation (
        measure_id int NOT NULL, region_code varchar(16) NOT NULL, period_code varchar(8) NOT NULL,
        period_start date NOT NULL, period_end date NOT NULL, value numeric, missing_reason text, status text NOT NULL
      ) ON COMMIT DROP`);
    return new ObservationStaging(db);
  }

  get count(): number {
    return this.staged;
  }

  async write(rows: readonly StagedObservation[]): Promise<void> {
    this.stream ??= this.db.query(copyFrom('COPY staging_observation FROM STDIN'));
    let chunk = '';
    for (const row of rows) {
      chunk += copyRow([row.measureId, row.regionCode, row.periodCode, row.periodStart, row.periodEnd, row.value, row.missingReason, row.status]);
    }
    this.staged += rows.length;
    // Respect backpressure so memory stays flat however large the table is.
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }

  /** Ends an unfinished COPY (the server gets CopyFail), so the connection can roll the transaction back. */
  async abort(): Promise<void> {
    const stream = this.stream;
    if (!stream || stream.writableFinished || stream.destroyed) return;
    const ended = new Promise<void>((resolve) => {
      stream.once('error', () => resolve());
      stream.once('close', () => resolve());
    });
    stream.destroy(new Error('load aborted'));
    await ended;
  }

  /**
   * Inserts every staged figure that differs from the newest stored version of the same measure, region and
   * period, as a new version. Identical figures are left alone, so a repeated run inserts nothing.
   */
  async merge(publicationVersion: string, publishedAt: Date, runId: string): Promise<number> {
    if (this.stream) {
      this.stream.end();
      await once(this.stream, 'finish');
    }
    // Planner statistics for the temporary table, so the comparison below is planned as one set-based join.
    await this.db.query('ANALYZE staging_observation');
    const result = await this.db.query(
      `WITH touched AS (SELECT DISTINCT measure_id FROM staging_observation),
       current AS (
         SELECT DISTINCT ON (o.measure_id, o.region_code, o.period_code) o.measure_id, o.region_code, o.period_code,
                o.value, o.missing_reason, o.status
         FROM observation o JOIN touched t ON t.measure_id = o.measure_id
         ORDER BY o.measure_id, o.region_code, o.period_code, o.published_at DESC, o.id DESC
       )
       INSERT INTO observation (measure_id, region_code, period_code, period_start, period_end, value, missing_reason,
                                status, publication_version, published_at, run_id)
       SELECT s.measure_id, s.region_code, s.period_code, s.period_start, s.period_end, s.value, s.missing_reason,
              s.status, $1, $2, $3
       FROM staging_observation s
       LEFT JOIN current c ON c.measure_id = s.measure_id AND c.region_code = s.region_code AND c.period_code = s.period_code
       WHERE c.measure_id IS NULL
          OR c.value IS DISTINCT FROM s.value
          OR c.missing_reason IS DISTINCT FROM s.missing_reason
          OR c.status <> s.status
       ON CONFLICT ON CONSTRAINT observation_natural_key DO NOTHING`,
      [publicationVersion, publishedAt, runId],
    );
    return result.rowCount ?? 0;
  }
}
