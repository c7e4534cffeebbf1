import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { SourceTableEntity } from './source-table.entity';

/**
 * One published quantity of one source table. `name` is the stable name the indicator catalogue uses; several
 * measures share it when a series moves between tables (each yearly KWB table numbers its keys anew).
 */
@Entity({ name: 'measure' })
@Unique('measure_source_key', ['sourceTableId', 'sourceKey', 'dimensions'])
export class MeasureEntity {
  @PrimaryGeneratedColumn({ type: 'int' })
  id!: number;

  @Column({ name: 'source_table_id', type: 'int' })
  sourceTableId!: number;

  @ManyToOne(() => SourceTableEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'source_table_id' })
  sourceTable?: SourceTableEntity;

  /** The key as the source publishes it: `AantalInwoners_5`, `M000352`, `m2_leeg`. */
  @Column({ name: 'source_key', type: 'text' })
  sourceKey!: string;

  /** Fixed selections on the table's other dimensions, e.g. `{"Geslacht":"T001038"}`; `{}` when none. */
  @Column({ type: 'jsonb', default: () => `'{}'::jsonb` })
  dimensions!: Record<string, string>;

  @Index('measure_name_idx')
  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', nullable: true })
  unit!: string | null;

  @Column({ type: 'int', nullable: true })
  decimals!: number | null;
}
