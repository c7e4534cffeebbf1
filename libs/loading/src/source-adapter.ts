import type { RunTrigger } from '@koers/db';
import type { TableSink } from './table-load.types';

/**
 * The contract every source implements (CBS StatLine, the municipal files). The runner takes care of the lock,
 * the run rows, the transaction per table and the bookkeeping; an adapter says what it is, which tables a run
 * covers, and how to read one table into the sink.
 */
export interface SourceAdapter {
  /** Stable id used in etl_run.source, the CLI and the schedule: `cbs`, `inbox`, … */
  readonly id: string;
  /** Attribution shown with every figure from this source. */
  readonly attribution: string;
  /** Cron expression of the scheduled run, or undefined when this source is not scheduled. */
  readonly cron: string | undefined;
  /** The tables one run covers (for CBS: the registry, or the one table asked for). */
  plan(request: SourceRunRequest): Promise<TableJob[]>;
}

export interface SourceRunRequest {
  readonly trigger: RunTrigger;
  readonly tableId?: string;
  readonly dryRun?: boolean;
  /** Source-specific options from the CLI or API (e.g. `api: 'v4'` for CBS). */
  readonly options?: Readonly<Record<string, string>>;
  /**
   * Told of each run a source records itself beside the runner's table runs (the inbox: one `municipal-file` run
   * per file), so whoever asked for the run can point to all it produced.
   */
  readonly onRun?: (runId: string) => void;
  /**
   * How long to wait for a run of the same source that holds its lock; 0 or unset: not at all (a scheduled run
   * that finds its source busy is recorded as skipped). One LOCKED row is written only if the wait runs out.
   */
  readonly lockWaitMs?: number;
}

/** One table of a run: loaded in its own transaction, recorded in its own etl_run row. */
export interface TableJob {
  readonly tableId: string | null;
  load(sink: TableSink): Promise<void>;
}
