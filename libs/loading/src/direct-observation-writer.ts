import type { ClientBase } from 'pg';
import { CopyWriter } from './copy-writer';
import { observationCopyText } from './copy-text';
import type { LoadPublication, ObservationWriter, StagedObservation } from './observation-writer';

const COLUMNS =
  'measure_id, region_code, period_code, period_start, period_end, value, missing_reason, status, publication_version, published_at, run_id';

/**
 * The first load of a table: no figure of its measures is stored, so there is nothing to compare with and every
 * figure is new. They go with one COPY straight into `observation` (inside the load's transaction, so a failure
 * still leaves nothing) — not into a staging table and then again into `observation`, which costs the load the
 * same rows twice. Two figures with one natural key in the same load fail it (the unique key), as they should: a
 * source gives one figure per measure, region, period and version.
 */
export class DirectObservationWriter implements ObservationWriter {
  private written = 0;
  private readonly copy: CopyWriter;
  private readonly constant: readonly string[];
  readonly writtenRows: string;

  constructor(db: ClientBase, publication: LoadPublication, runId: string) {
    this.copy = new CopyWriter(db, `COPY observation (${COLUMNS}) FROM STDIN`);
    this.constant = [publication.version, publication.publishedAt.toISOString(), runId];
    // The run's own rows, found by the run index; the id is ours (a bigint from etl_run), never user input.
    this.writtenRows = `(SELECT measure_id, region_code, value FROM observation WHERE run_id = ${BigInt(runId)})`;
  }

  /** Whether nothing of the table is stored yet, so its load may go straight into `observation`. */
  static async tableIsEmpty(db: ClientBase, sourceTableId: number): Promise<boolean> {
    const { rows } = await db.query<{ stored: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM measure m JOIN observation o ON o.measure_id = m.id WHERE m.source_table_id = $1) AS stored`,
      [sourceTableId],
    );
    return rows[0]?.stored === false;
  }

  get count(): number {
    return this.written;
  }

  async write(rows: readonly StagedObservation[]): Promise<void> {
    this.written += rows.length;
    await this.copy.write(observationCopyText(rows, this.constant));
  }

  /** Every figure is new: the count written. */
  async finish(): Promise<number> {
    await this.copy.end();
    return this.written;
  }

  abort(): Promise<void> {
    return this.copy.abort();
  }
}
