import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A row a run could not load, with where it was and why, so a person can fix the source. */
@Entity({ name: 'rejected_row' })
export class RejectedRowEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Index('rejected_row_run_idx')
  @Column({ name: 'run_id', type: 'bigint' })
  runId!: string;

  /** `file.csv:row 12:m2_leeg`, or a CBS row key such as `84799NED:ID=17`. */
  @Column({ type: 'text' })
  location!: string;

  @Column({ name: 'raw_value', type: 'text', nullable: true })
  rawValue!: string | null;

  @Column({ type: 'text' })
  reason!: string;
}
