/** One figure of a load, with its measure resolved, as it is written. */
export interface StagedObservation {
  measureId: number;
  regionCode: string;
  periodCode: string;
  periodStart: string;
  periodEnd: string;
  value: number | null;
  missingReason: string | null;
  status: string;
}

/** The version every figure of a load is stored under. */
export interface LoadPublication {
  readonly version: string;
  readonly publishedAt: Date;
  readonly keepEveryFigure: boolean;
}

/**
 * Where a table load's figures go inside its transaction: staged and merged against what is stored
 * (./observation-staging.ts), or, for a table nothing of which is stored yet, straight into `observation`
 * (./direct-observation-writer.ts). Nothing is visible to others until the transaction commits.
 */
export interface ObservationWriter {
  /** Figures written so far. */
  readonly count: number;
  write(rows: readonly StagedObservation[]): Promise<void>;
  /** Stores what was written; answers how many figures are new or changed. */
  finish(): Promise<number>;
  /** The figures this load read, as a relation of (measure_id, region_code, value): what the data checks look at. */
  readonly writtenRows: string;
  abort(): Promise<void>;
}
