/**
 * The contract every source implements (CBS StatLine, the municipal files). The runner takes care of the lock,
 * the run row, validation and the transactional load; an adapter only says what it is and how to read it.
 */
export interface SourceAdapter {
  /** Stable id used in etl_run.source, the CLI and the schedule: `cbs`, `inbox`, … */
  readonly id: string;
  /** Attribution shown with every figure from this source. */
  readonly attribution: string;
  /** Cron expression of the scheduled run, or undefined when this source is not scheduled. */
  readonly cron: string | undefined;
  /** One scheduled or requested run of this source. */
  run(request: SourceRunRequest): Promise<void>;
}

export interface SourceRunRequest {
  readonly trigger: 'schedule' | 'cli' | 'api' | 'startup';
  readonly tableId?: string;
  readonly dryRun?: boolean;
}
