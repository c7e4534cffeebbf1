import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { DataCheckKind } from '@koers/indicators';

/** A figure a run's checks flagged (out of range, an implausible jump, incomplete): a possible data error. */
@Entity({ name: 'data_check' })
@Check('data_check_kind_check', `check_kind IN ('range', 'jump', 'completeness')`)
export class DataCheckEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Index('data_check_run_idx')
  @Column({ name: 'run_id', type: 'bigint' })
  runId!: string;

  @Column({ name: 'measure_name', type: 'text' })
  measureName!: string;

  @Column({ name: 'region_code', type: 'varchar', length: 16, nullable: true })
  regionCode!: string | null;

  @Column({ name: 'period_code', type: 'varchar', length: 8, nullable: true })
  periodCode!: string | null;

  @Column({ name: 'check_kind', type: 'text' })
  checkKind!: DataCheckKind;

  @Column({ type: 'numeric', nullable: true })
  value!: string | null;

  @Column({ name: 'message_nl', type: 'text' })
  messageNl!: string;

  @Column({ name: 'message_en', type: 'text' })
  messageEn!: string;
}
