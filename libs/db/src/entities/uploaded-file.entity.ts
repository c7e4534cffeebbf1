import { Check, Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

export const UPLOAD_KINDS = ['vacancy', 'employment', 'jobseekers'] as const;
export type UploadKind = (typeof UPLOAD_KINDS)[number];

/** A municipal file kept whole, byte for byte, as the evidence behind the observations it produced. */
@Entity({ name: 'uploaded_file' })
@Unique('uploaded_file_kind_sha256_key', ['kind', 'sha256'])
@Index('uploaded_file_sha256_idx', ['sha256'])
@Check('uploaded_file_kind_check', `kind IN ('vacancy', 'employment', 'jobseekers')`)
@Check('uploaded_file_withdrawal_complete', `(withdrawn_at IS NULL) = (withdrawn_by IS NULL) AND (withdrawn_at IS NULL) = (withdrawal_reason IS NULL)`)
@Check('uploaded_file_withdrawal_reason_given', `withdrawal_reason IS NULL OR btrim(withdrawal_reason) <> ''`)
@Check('uploaded_file_replaced_when_withdrawn', `replaced_by IS NULL OR withdrawn_at IS NOT NULL`)
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

  /** When the file was taken back: from then on its figures do not count (they stay for as-of reads). */
  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;

  @Column({ name: 'withdrawn_by', type: 'text', nullable: true })
  withdrawnBy!: string | null;

  @Column({ name: 'withdrawal_reason', type: 'text', nullable: true })
  withdrawalReason!: string | null;

  /** The uploaded file that took this one's place, when it was withdrawn by a new version. */
  @Column({ name: 'replaced_by', type: 'bigint', nullable: true })
  replacedBy!: string | null;
}
