import type { MeasureName } from '../types/measure-name.types';
import type { EvidenceLevel } from '../types/measure.types';
import type { PeriodStatus } from '../periods/period-status';

/** A stored measure (one key of one table) with its table, as the API reads them. */
export interface StoredMeasure {
  readonly id: number;
  /** The catalogue measure the source bound it to (or, for figures no indicator reads, the source's own name). */
  readonly name: string;
  readonly sourceKey: string;
  readonly dimensions: Readonly<Record<string, string>>;
  readonly tableId: string;
  /** `cbs-v3`, `cbs-v4`, `file` or `municipal-file`. */
  readonly provider: string;
  readonly evidence: EvidenceLevel;
}

/** A stored figure (the newest publication of it, or the one current on an as-of date). */
export interface StoredObservation {
  readonly measureId: number;
  readonly regionCode: string;
  readonly periodCode: string;
  readonly value: number | null;
  readonly missingReason: string | null;
  readonly status: PeriodStatus | string;
  readonly publicationVersion: string;
  readonly publishedAt: Date;
  readonly loadedAt: Date;
  readonly runId: string | null;
  /** True when the figure comes from an illustrative (voorbeelddata) file. */
  readonly demo: boolean;
}

/** Where one input figure of one region and period came from. */
export interface LineagePoint {
  readonly measure: MeasureName;
  readonly region: string;
  readonly period: string;
  readonly provider: string;
  readonly tableId: string;
  readonly key: string;
  readonly dimensions: Readonly<Record<string, string>>;
  /** Set when the figure is a sum over codes of one dimension (e.g. single years of age). */
  readonly summedOver: { readonly dimension: string; readonly codes: number } | null;
  /** The factor the published value was multiplied by to get the measure's unit (1000 for "x 1 000"). */
  readonly scale: number | null;
  /** The value as published, before `scale` (equal to the figure when there is no scale). */
  readonly publishedValue: number | null;
  readonly publicationVersion: string;
  readonly publishedAt: Date;
  readonly loadedAt: Date;
  readonly status: string;
  readonly runId: string | null;
  readonly evidence: EvidenceLevel;
  readonly demo: boolean;
  /** The definition family of the table (see `TableRef.definition`). */
  readonly definition: string;
}
