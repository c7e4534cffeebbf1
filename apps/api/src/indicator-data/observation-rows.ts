import type { LineageEntry } from '@koers/api-contracts';

/** A `measure` row with its table, as the reader loads them. */
export interface MeasureRow {
  readonly id: number;
  readonly name: string;
  readonly sourceKey: string;
  readonly dimensions: Readonly<Record<string, string>>;
  readonly tableId: string;
  readonly provider: string;
}

/** A `current_observation` row. */
export interface ObservationRow {
  readonly measureId: number;
  readonly regionCode: string;
  readonly periodCode: string;
  readonly value: number | null;
  readonly missingReason: string | null;
  readonly status: string;
  readonly publicationVersion: string;
  readonly publishedAt: Date;
  readonly loadedAt: Date;
  readonly runId: string | null;
}

/** Where one input figure of one region and period came from: the API's lineage entry, with its times as dates. */
export interface LineagePoint extends Omit<LineageEntry, 'publishedAt' | 'loadedAt' | 'uploadedFile'> {
  readonly publishedAt: Date;
  readonly loadedAt: Date;
}
