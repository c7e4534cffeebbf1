import type { FileEvidenceLevel, LabelledPeriodKind, MeasureName, PeriodStatus } from '@koers/indicators';

/**
 * The manifest of one file (`<file>.manifest.json` beside it): the one place a bundled or analyst's file is
 * described — where it came from, how it is written, and which of its columns feed which measure. A file without
 * a manifest is never loaded. `file-manifest.schema.ts` reads a manifest into these types.
 */
export interface FileManifest {
  readonly manifestVersion: 1;
  /** The file's name, in the manifest's folder. */
  readonly file: string;
  /** Of the file's bytes; checked at every load (a changed file is refused) and stored as publication version. */
  readonly sha256: string;
  readonly table: { readonly id: string; readonly title: string };
  readonly evidence: FileEvidenceLevel;
  /** When the figures were published as this file holds them (an export's timestamp, a commit's date). */
  readonly publishedAt: string;
  readonly provenance: Provenance;
  readonly format: FileFormat;
  readonly regions: RegionSpec;
  readonly period: PeriodSpec;
  readonly dimensions: readonly DimensionSpec[];
  readonly measures: readonly MeasureSpec[];
  /** Columns not loaded, by exact name or `/regex/`: every other column must be loaded, so a renamed one is caught. */
  readonly ignoredColumns: readonly IgnoredColumn[];
  /** Wide files: topic labels (rows) not loaded. */
  readonly ignoredTopics: readonly IgnoredColumn[];
  /** Why the manifest reads the file as it does, where that is not obvious. */
  readonly notes: readonly string[];
}

export interface Provenance {
  readonly publisher: string;
  readonly statlineUrl: string | null;
  /** The public repository the file was copied from, or null for a file that came another way. */
  readonly repository: { readonly url: string; readonly commit: string; readonly path: string } | null;
  /** What was left out of the source file (whole rows only, for bundled files). */
  readonly filtered: string;
  readonly caveats: readonly string[];
}

export type FileEncoding = 'utf-8' | 'iso-8859-1' | 'windows-1252';
export type CsvDelimiter = ';' | ',';
export type DecimalSeparator = '.' | ',';

/** A CSV file, or JSON records by region code (`{ "GM0106": { "Woningvoorraad_35": 33215, … }, … }`). */
export type FileFormat = CsvFormat | { readonly type: 'json-by-region' };

export interface CsvFormat {
  readonly type: 'csv';
  /** `utf-8` accepts a byte-order mark. */
  readonly encoding: FileEncoding;
  readonly delimiter: CsvDelimiter;
  readonly decimalSeparator: DecimalSeparator;
  /** Lines before the header (a StatLine export's title lines). */
  readonly titleLines: number;
  /** Trailing lines that start with one of these are not data (`Bron: CBS`). */
  readonly footerLines: readonly string[];
  readonly layout: CsvLayout;
}

/**
 * - `long`: one row per region × period (× dimension codes), one column per topic;
 * - `wide-by-period`: one column per period (every column the manifest does not name must read as a period);
 *   `topicColumn` names the topic of each row, or null when the file holds one topic;
 * - `transposed`: regions and periods as header rows over the columns, topics (or a dimension's labels) as rows in
 *   `labelColumn`, with an optional unit row (the one whose first cell is `labelColumn`).
 */
export type CsvLayout =
  | { readonly kind: 'long' }
  | { readonly kind: 'wide-by-period'; readonly topicColumn: string | null }
  | { readonly kind: 'transposed'; readonly labelColumn: string; readonly unitRow: boolean };

export interface RegionSpec {
  /** The column (transposed: the header row) holding the region; absent for JSON, whose record key is the code. */
  readonly column: string | null;
  /** CBS codes (padding trimmed) or names (turned into codes through the known regions and `aliases`). */
  readonly kind: 'code' | 'name';
  /** With codes: the column naming each region, so regions the database does not know yet can be registered. */
  readonly nameColumn: string | null;
  readonly aliases: readonly RegionAlias[];
  /** Labels whose rows are left out, with why (e.g. a COROP region whose code Koers does not have). */
  readonly skip: readonly { readonly label: string; readonly reason: string }[];
  /** When set, only rows of these labels load; the others are counted as skipped. */
  readonly include: readonly string[] | null;
  /** The boundaries of gemeenten, wijken and buurten the file registers. */
  readonly boundaryYear: number | null;
}

export interface RegionAlias {
  readonly label: string;
  readonly code: string;
  readonly reason: string;
}

/** How a period label reads; `yearLabelWord` as in `parseStatlinePeriod`. */
export interface LabelRules {
  readonly kind: LabelledPeriodKind;
  readonly yearLabelWord?: string;
}

/**
 * - `column`: a StatLine label or CBS code in a column (transposed: a header row);
 * - `date-column`: the year of an ISO date in a column (`reference_period` 2024-10-01 → 2024JJ00);
 * - `header`: wide files, the period columns' headers;
 * - `fixed`: one period for the whole file (a KWB export has no period column).
 */
export type PeriodSource =
  | { readonly from: 'column'; readonly column: string; readonly labels: LabelRules }
  | { readonly from: 'date-column'; readonly column: string }
  | { readonly from: 'header'; readonly labels: LabelRules }
  | { readonly from: 'fixed'; readonly code: string };

export type PeriodSpec = PeriodSource & {
  /** Statuses the file cannot show (no `*` marks) but its source states, with why. */
  readonly statuses: readonly { readonly code: string; readonly status: PeriodStatus; readonly reason: string }[];
};

/** A column whose labels are codes of a dimension (`SBI`, `Leeftijd`, `Marges`). */
export interface DimensionSpec {
  readonly column: string;
  /** The dimension's name in the stored codes; default the column. */
  readonly name: string;
  /** `as-is`: the trimmed label; `leading-token`: up to the first space ("J Informatie en communicatie" → `J`). */
  readonly code: 'as-is' | 'leading-token';
  /** A code must match this, so a label without a code is caught. */
  readonly pattern: string | null;
}

/** A loaded column (long, JSON), topic (wide, transposed) or the one measure of a file whose rows are codes. */
export interface MeasureSpec {
  readonly column: string | null;
  readonly topic: string | null;
  /** The stored source key; default the column header or topic. */
  readonly key: string;
  readonly title: string;
  /** As published (`aantal`, `%`, `x 1 000`); the catalogue scales, the file is stored as it is. */
  readonly unit: string;
  readonly decimals: number;
  /** Which dimension codes feed which catalogue measure; rows no binding matches load under `<table>:<key>`. */
  readonly bind: readonly MeasureBinding[];
  /** A column of its own that gives this measure's period (geoinzicht's land use: `bbg_peiljaar`). */
  readonly periodColumn: string | null;
}

export interface MeasureBinding {
  readonly measure: MeasureName;
  readonly where: Readonly<Record<string, string>>;
}

export interface IgnoredColumn {
  /** An exact name, or a regular expression between slashes. */
  readonly match: string;
  readonly reason: string;
}
