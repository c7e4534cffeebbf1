import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** A council edition: the report of a year as adopted, stored once; a trigger refuses changes. */
@Entity({ name: 'report_edition' })
@Unique('report_edition_year_number_key', ['year', 'number'])
export class ReportEditionEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'int' })
  year!: number;

  @Column({ type: 'int' })
  number!: number;

  @Column({ name: 'adopted_on', type: 'date' })
  adoptedOn!: string;

  @Column({ name: 'adopted_by', type: 'text' })
  adoptedBy!: string;

  @Column({ name: 'council_meeting', type: 'date' })
  councilMeeting!: string;

  @Column({ type: 'date' })
  peildatum!: string;

  @Column({ name: 'data_version', type: 'text' })
  dataVersion!: string;

  @Column({ type: 'jsonb' })
  content!: Readonly<Record<string, unknown>>;

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt!: Date;
}
