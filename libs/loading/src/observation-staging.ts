import { ClientBase } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { copyRow } from './copy-text';
import { MERGE_CHANGED_SQL, MERGE_EVERY_SQL } from './observation-merge.sql';

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
  private failure: Error | undefined;

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
    const stream = this.copyStream();
    this.throwIfFailed();
    let chunk = '';
    for (const row of rows) {
      chunk += copyRow([row.measureId, row.regionCode, row.periodCode, row.periodStart, row.periodEnd, row.value, row.missingReason, row.status]);
    }
    this.staged += rows.length;
    // Respect backpressure so memory stays flat however large the table is.
    if (!stream.write(chunk)) await this.settled(stream, 'drain');
    // Else the next batch would follow in the same turn (awaits alone run as microtasks), and a load in the API,
    // an upload of 50,000 rows, would hold every other request until its last batch was written.
    else await new Promise((resolve) => setImmediate(resolve));
  }

  /**
   * The COPY, opened on the first write. The server may refuse it at any row (a full disk, a value too long), and
   * says so while the adapter is still reading its source: the error is kept and thrown by the next write or the
   * merge. Unheard, it would end the process; unkept, the merge would wait for a 'finish' that never comes.
   */
  private copyStream(): ReturnType<typeof copyFrom> {
    if (this.stream) return this.stream;
    const stream = this.db.query(copyFrom('COPY staging_observation FROM STDIN'));
    stream.on('error', (error: Error) => {
      this.failure ??= error;
    });
    this.stream = stream;
    return stream;
  }

  private throwIfFailed(): void {
    if (this.failure) throw this.failure;
  }

  /** Waits for `event`, or rejects with the COPY's error, whether it came before or comes while waiting. */
  private settled(stream: ReturnType<typeof copyFrom>, event: 'drain' | 'finish'): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      if (this.failure) {
        reject(this.failure);
        return;
      }
      const onEvent = () => {
        stream.off('error', onError);
        stream.off('close', onClose);
        resolve();
      };
      const onError = (error: Error) => {
        stream.off(event, onEvent);
        stream.off('close', onClose);
        reject(error);
      };
      // A stream destroyed before the event closes instead; waiting on would never end.
      const onClose = () => onError(this.failure ?? new Error('the COPY into the staging table ended before it finished'));
      stream.once(event, onEvent);
      stream.once('error', onError);
      stream.once('close', onClose);
    });
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
   * period, as a new version; identical figures are left alone, so a repeated run inserts nothing. With
   * `keepEveryFigure` every figure is stored under the version (see `SourceTableInput.keepEveryFigure`).
   * Returns how many figures are new or changed.
   */
  async merge(publicationVersion: string, publishedAt: Date, runId: string, keepEveryFigure = false): Promise<number> {
    if (this.stream) {
      this.throwIfFailed();
      this.stream.end();
      await this.settled(this.stream, 'finish');
    }
    // Planner statistics for the temporary table, so the comparison below is planned as one set-based join.
    await this.db.query('ANALYZE staging_observation');
    const params = [publicationVersion, publishedAt, runId];
    if (keepEveryFigure) return (await this.db.query<{ changed: number }>(MERGE_EVERY_SQL, params)).rows[0]?.changed ?? 0;
    return (await this.db.query(MERGE_CHANGED_SQL, params)).rowCount ?? 0;
  }
}