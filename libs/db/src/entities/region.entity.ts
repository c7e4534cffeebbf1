import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

export const REGION_LEVELS = ['land', 'landsdeel', 'provincie', 'corop', 'arbeidsmarktregio', 'gemeente', 'wijk', 'buurt', 'overig'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

/** A geographic unit as CBS codes it, trimmed of its padding (`GM0106`, `WK010601`, `NL01`). */
@Entity({ name: 'region' })
@Check('region_level_check', `level IN ('land', 'landsdeel', 'provincie', 'corop', 'arbeidsmarktregio', 'gemeente', 'wijk', 'buurt', 'overig')`)
export class RegionEntity {
  @PrimaryColumn({ type: 'varchar', length: 16 })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Index('region_level_idx')
  @Column({ type: 'text' })
  level!: RegionLevel;

  @Index('region_parent_idx')
  @Column({ name: 'parent_code', type: 'varchar', length: 16, nullable: true })
  parentCode!: string | null;

  /** The year of the boundaries the code refers to (wijk and buurt codes are redrawn over time). */
  @Column({ name: 'boundary_year', type: 'int', nullable: true })
  boundaryYear!: number | null;
}
