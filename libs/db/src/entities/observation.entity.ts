import { Check, Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { PeriodStatus } from '@koers/indicators';

/**
 * One value as one publication gave it. A revision is a new row with a new publication version; the old row
 * stays, so a figure can be asked "as published on date X". The `current_observation` view gives the newest.
 */
@Entity({ name: 'observation' })
@Unique('observation_natural_key', ['measureId', 'regionCode', 'periodCode', 'publicationVersion'])
@Index('observation_measure_period_idx', ['measureId', 'periodCode', 'regionCode'])
@Check('observation_status_check', `status IN ('provisional', 'revised-provisional', 'definitive')`)
@Check('observation_missing_has_reason', `value IS NOT NULL OR missing_reason IS NOT NULL`)
export class ObservationEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'measure_id', type: 'int' })
  measureId!: number;

  @Column({ name: 'region_code', type: 'varchar', length: 16 })
  regionCode!: string;

  /** CBS period code: `2024JJ00`, `2024KW01`, `2024MM06`, … */
  @Column({ name: 'period_code', type: 'varchar', length: 8 })
  periodCode!: string;

  @Column({ name: 'period_start', type: 'date' })
  periodStart!: string;

  @Column({ name: 'period_end', type: 'date' })
  periodEnd!: string;

  /** NULL when the source published no value; `missing_reason` then says why. Never 0 for missing. */
  @Column({ type: 'numeric', nullable: true })
  value!: string | null;

  @Column({ name: 'missing_reason', type: 'text', nullable: true })
  missingReason!: string | null;

  @Column({ type: 'text' })
  status!: PeriodStatus;

  /** The source's Modified date (ISO) or the uploaded file's sha256. */
  @Column({ name: 'publication_version', type: 'text' })
  publicationVersion!: string;

  /** When this version was published; orders versions and answers "as published on". */
  @Column({ name: 'published_at', type: 'timestamptz' })
  publishedAt!: Date;

  @Index('observation_run_idx')
  @Column({ name: 'run_id', type: 'bigint', nullable: true })
  runId!: string | null;

  @Column({ name: 'loaded_at', type: 'timestamptz', default: () => 'now()' })
  loadedAt!: Date;
}
