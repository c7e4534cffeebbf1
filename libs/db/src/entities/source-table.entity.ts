import { Check, Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

import { EVIDENCE_LEVELS, type EvidenceLevel } from '@koers/indicators';

export const SOURCE_PROVIDERS = ['cbs-v3', 'cbs-v4', 'file', 'municipal-file'] as const;
export type SourceProvider = (typeof SOURCE_PROVIDERS)[number];
export type SourceTableStatus = 'active' | 'discontinued';

/** One table of one provider: a CBS StatLine table (OData or a file), or one kind of municipal upload. */
@Entity({ name: 'source_table' })
@Unique('source_table_provider_table_key', ['provider', 'tableId'])
@Check('source_table_provider_check', `provider IN (${SOURCE_PROVIDERS.map((p) => `'${p}'`).join(', ')})`)
@Check('source_table_evidence_check', `evidence IN (${EVIDENCE_LEVELS.map((e) => `'${e}'`).join(', ')})`)
@Check('source_table_status_check', `status IN ('active', 'discontinued')`)
export class SourceTableEntity {
  @PrimaryGeneratedColumn({ type: 'int' })
  id!: number;

  @Column({ type: 'text' })
  provider!: SourceProvider;

  @Column({ name: 'table_id', type: 'text' })
  tableId!: string;

  @Column({ type: 'text' })
  title!: string;

  /** The source's own Modified date of the table as last seen. */
  @Column({ name: 'source_modified', type: 'timestamptz', nullable: true })
  sourceModified!: Date | null;

  @Column({ type: 'text', default: 'active' })
  status!: SourceTableStatus;

  @Column({ name: 'successor_table_id', type: 'text', nullable: true })
  successorTableId!: string | null;

  /** How often the source publishes (e.g. `Perjaar`, `Permaand`), used for freshness. */
  @Column({ type: 'text', nullable: true })
  frequency!: string | null;

  /** How close the figures are to CBS's own publication. */
  @Column({ type: 'text', default: 'cbs' })
  evidence!: EvidenceLevel;
}
