import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * A file a `file` table was loaded from: its sha256 is the publication version of the observations it gave, and
 * its manifest says where it came from and which column feeds which measure.
 */
@Entity({ name: 'source_file' })
@Unique('source_file_table_sha256_key', ['sourceTableId', 'sha256'])
export class SourceFileEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'source_table_id', type: 'int' })
  sourceTableId!: number;

  @Column({ name: 'file_name', type: 'text' })
  fileName!: string;

  @Index('source_file_sha256_idx')
  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Column({ type: 'jsonb' })
  manifest!: Readonly<Record<string, unknown>>;

  @Column({ name: 'run_id', type: 'bigint', nullable: true })
  runId!: string | null;

  @Column({ name: 'loaded_at', type: 'timestamptz', default: () => 'now()' })
  loadedAt!: Date;
}
