import type { ClientBase } from 'pg';
import { CopyWriter } from './copy-writer';
import { observationCopyText } from './copy-text';
import { MERGE_CHANGED_SQL, MERGE_EVERY_SQL } from './observation-merge.sql';
import type { LoadPublication, ObservationWriter, StagedObservation } from './observation-writer';

export type { StagedObservation } from './observation-writer';

/**
 * Observations of one table load, streamed with COPY into a temporary table that lives only as long as the
 * transaction, then merged revision-aware into `observation`. Nothing touches `observation` until `finish`, so a
 * failure midway leaves it as it was.
 */
export class ObservationStaging implements ObservationWriter {
  private staged = 0;
  readonly writtenRows = 'staging_observation';

  private constructor(
    private readonly db: ClientBase,
    private readonly copy: CopyWriter,
    private readonly publication: LoadPublication,
    private readonly runId: string,
  ) {}

  static async create(db: ClientBase, publication: LoadPublication, runId: string): Promise<ObservationStaging> {
    await db.query(`
      CREATE TEMP TABLE staging_observation (
        measure_id int NOT NULL, region_code varchar(16) NOT NULL, period_code varchar(8) NOT NULL,
        period_start date NOT NULL, period_end date NOT NULL, value numeric, missing_reason text, status text NOT NULL
      ) ON COMMIT DROP`);
    return new ObservationStaging(db, new CopyWriter(db, 'COPY staging_observation FROM STDIN'), publication, runId);
  }

  get count(): number {
    return this.staged;
  }

  async write(rows: readonly StagedObservation[]): Promise<void> {
    this.staged += rows.length;
    await this.copy.write(observationCopyText(rows));
  }

  abort(): Promise<void> {
    return this.copy.abort();
  }

  /**
   * Inserts every staged figure that differs from the newest stored version of the same measure, region and
   * period, as a new version; identical figures are left alone, so a repeated run inserts nothing. With
   * `keepEveryFigure` every figure is stored under the version (see `SourceTableInput.keepEveryFigure`).
   * Returns how many figures are new or changed.
   */
  async finish(): Promise<number> {
    await this.copy.end();
    // Planner statistics for the temporary table, so the comparison below is planned as one set-based join.
    await this.db.query('ANALYZE staging_observation');
    const params = [this.publication.version, this.publication.publishedAt, this.runId];
    if (this.publication.keepEveryFigure) return (await this.db.query<{ changed: number }>(MERGE_EVERY_SQL, params)).rows[0]?.changed ?? 0;
    return (await this.db.query(MERGE_CHANGED_SQL, params)).rowCount ?? 0;
  }
}
