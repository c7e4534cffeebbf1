import { Check, Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

export const UPLOAD_KINDS = ['vacancy', 'employment', 'jobseekers'] as const;
export type UploadKind = (typeof UPLOAD_KINDS)[number];

/** A municipal file kept whole, byte for byte, as the evidence behind the observations it produced. */
@Entity({ name: 'uploaded_file' })
@Unique('uploaded_file_kind_sha256_key', ['kind', 'sha256'])
@Index('uploaded_file_sha256_idx', ['sha256'])
@Check('uploaded_file_kind_check', `kind IN ('vacancy', 'employment', 'jobseekers')`)
export class UploadedFileEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Column({ name: 'size_bytes', type: 'int' })
  sizeBytes!: number;

  @Column({ type: 'text' })
  kind!: UploadKind;

  @Column({ name: 'uploaded_by', type: 'text' })
  uploadedBy!: string;

  @Column({ name: 'uploaded_at', type: 'timestamptz', default: () => 'now()' })
  uploadedAt!: Date;

  @Column({ type: 'bytea' })
  content!: Buffer;

  @Column({ name: 'run_id', type: 'bigint', nullable: true })
  runId!: string | null;

  /** An illustrative (voorbeelddata) file: its figures are shown as such and never count in a verdict. */
  @Column({ type: 'boolean', default: false })
  demo!: boolean;
}
