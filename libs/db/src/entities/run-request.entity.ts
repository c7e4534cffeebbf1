import { Check, Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const RUN_REQUEST_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type RunRequestStatus = (typeof RUN_REQUEST_STATUSES)[number];

/** A run asked for through the API, queued for the ETL process, with the etl_run rows it produced. */
@Entity({ name: 'run_request' })
@Check('run_request_status_check', `status IN ('queued', 'running', 'done', 'failed')`)
export class RunRequestEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'text' })
  source!: string;

  @Column({ name: 'table_id', type: 'text', nullable: true })
  tableId!: string | null;

  @Column({ type: 'jsonb', default: () => `'{}'::jsonb` })
  options!: Record<string, string>;

  @Column({ name: 'requested_by', type: 'text' })
  requestedBy!: string;

  @Column({ name: 'requested_at', type: 'timestamptz', default: () => 'now()' })
  requestedAt!: Date;

  @Column({ type: 'text', default: 'queued' })
  status!: RunRequestStatus;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  @Column({ name: 'run_ids', type: 'bigint', array: true, default: () => `'{}'` })
  runIds!: string[];

  @Column({ name: 'error_message', type: 'text', nullable: true })
  errorMessage!: string | null;
}
