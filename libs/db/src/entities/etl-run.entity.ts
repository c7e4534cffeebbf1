import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const RUN_TRIGGERS = ['schedule', 'cli', 'api', 'startup'] as const;
export type RunTrigger = (typeof RUN_TRIGGERS)[number];
export const RUN_STATUSES = ['running', 'succeeded', 'failed', 'skipped'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

/** One load of one source (and optionally one table), with its counts and, when it failed, why. */
@Entity({ name: 'etl_run' })
@Index('etl_run_source_started_idx', ['source', 'startedAt'])
@Check('etl_run_trigger_check', `trigger IN ('schedule', 'cli', 'api', 'startup')`)
@Check('etl_run_status_check', `status IN ('running', 'succeeded', 'failed', 'skipped')`)
export class EtlRunEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  /** The source adapter's id: `cbs`, `vacancy`, `employment`, `jobseekers`, … */
  @Column({ type: 'text' })
  source!: string;

  @Column({ name: 'table_id', type: 'text', nullable: true })
  tableId!: string | null;

  @Column({ type: 'text' })
  trigger!: RunTrigger;

  @Column({ name: 'dry_run', type: 'boolean', default: false })
  dryRun!: boolean;

  @Column({ name: 'started_at', type: 'timestamptz', default: () => 'now()' })
  startedAt!: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  @Column({ type: 'text', default: 'running' })
  status!: RunStatus;

  @Column({ name: 'rows_read', type: 'int', default: 0 })
  rowsRead!: number;

  @Column({ name: 'rows_inserted', type: 'int', default: 0 })
  rowsInserted!: number;

  @Column({ name: 'rows_unchanged', type: 'int', default: 0 })
  rowsUnchanged!: number;

  @Column({ name: 'rows_rejected', type: 'int', default: 0 })
  rowsRejected!: number;

  @Column({ name: 'error_code', type: 'text', nullable: true })
  errorCode!: string | null;

  @Column({ name: 'error_message', type: 'text', nullable: true })
  errorMessage!: string | null;
}
