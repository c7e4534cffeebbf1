/** Everything that can be wrong with a file. Any one of them rejects the whole file. */
export type IssueCode =
  | 'FILE_EMPTY'
  | 'FILE_TOO_LARGE'
  | 'UNSUPPORTED_FORMAT'
  | 'NOT_TEXT'
  | 'TEXT_UTF16'
  | 'TOO_MANY_ROWS'
  | 'WRONG_KIND'
  | 'CSV_UNTERMINATED_QUOTE'
  | 'CSV_EXTRA_FIELDS'
  | 'XLSX_UNREADABLE'
  | 'XLSX_TOO_MANY_ENTRIES'
  | 'XLSX_TOO_LARGE_UNCOMPRESSED'
  | 'XLSX_COMPRESSION_RATIO'
  | 'XLSX_NO_SHEET'
  | 'FORMULA_WITHOUT_RESULT'
  | 'ERROR_VALUE'
  | 'NO_HEADER'
  | 'NO_ROWS'
  | 'UNKNOWN_COLUMN'
  | 'MISSING_COLUMN'
  | 'DUPLICATE_COLUMN'
  | 'UNNAMED_COLUMN'
  | 'REQUIRED_VALUE'
  | 'INVALID_NUMBER'
  | 'AMBIGUOUS_NUMBER'
  | 'NOT_WHOLE_NUMBER'
  | 'NEGATIVE_VALUE'
  | 'INVALID_DATE'
  | 'INVALID_YEAR'
  | 'INVALID_PERIOD'
  | 'FUTURE_DATE'
  | 'PEILDATUM_OUTSIDE_YEAR'
  | 'INVALID_CODE'
  | 'INVALID_REGION_CODE'
  | 'UNKNOWN_REGION'
  | 'REGION_OUTSIDE_MUNICIPALITY'
  | 'VACANT_EXCEEDS_TOTAL'
  | 'LONG_VACANT_EXCEEDS_VACANT'
  | 'FULL_PART_TIME_MISMATCH'
  | 'SECTIONS_EXCEED_TOTAL'
  | 'DUPLICATE_KEY'
  | 'MIXED_DEMO'
  | 'TOO_MANY_ISSUES';

/**
 * One problem in a file, precise enough for a person to fix it: the row as a spreadsheet shows it (the header is
 * row 1), the column, the value as read, and the message in Dutch with an English translation.
 */
export interface FileIssue {
  readonly code: IssueCode;
  readonly file: string;
  /** Spreadsheet row (header = 1); null for a problem of the whole file or of the header. */
  readonly row: number | null;
  readonly column: string | null;
  readonly value: string | null;
  readonly message: string;
  readonly message_en: string;
}

/** Things worth knowing about a file that do not reject it. */
export type NoticeCode =
  'DECODED_WINDOWS_1252' | 'FORMULA_RESULTS_USED' | 'DEMO_DATA' | 'LOADED_BEFORE' | 'WITHDRAWN_BEFORE' | 'REPLACED_MEANWHILE';

export interface FileNotice {
  readonly code: NoticeCode;
  readonly message: string;
  readonly message_en: string;
}

/** A cell that an XLSX holds but that has no usable value. */
export interface BrokenCell {
  readonly broken: 'formula-without-result' | 'error-value';
  /** The formula or the error text (`#DIV/0!`), for the issue; never evaluated. */
  readonly text: string;
}

/** A cell as read: CSV cells are always strings; XLSX cells keep their type. `null` is an empty cell. */
export type RawCell = null | string | number | boolean | Date | BrokenCell;

export interface RawRow {
  readonly rowNumber: number;
  readonly cells: readonly RawCell[];
}

/** What a file was read as. */
export type SheetFormat = 'csv' | 'xlsx';

/** How missing is written: `.`, `x`, `-` (the CBS conventions) or an empty cell. Stored as the reason. */
export type MissingToken = '.' | 'x' | '-' | 'empty';

/** A value column's cell after reading: a number, or missing with its token. */
export type FigureValue = { readonly value: number } | { readonly missing: MissingToken };

/** A period with its CBS code and its dates (ISO, inclusive). */
export interface PeriodSpan {
  readonly code: string;
  readonly start: string;
  readonly end: string;
}

/**
 * A file's records as they are read, one at a time, so a check can stop early (too many rows, enough issues)
 * without reading the rest. Blank records are included; their numbers are kept by the rows around them.
 */
export interface SheetReader {
  readonly format: SheetFormat;
  records(): AsyncIterable<RawRow>;
  /** Problems found while reading (a quote never closed), complete once `records()` has run to its end. */
  readonly issues: FileIssue[];
  readonly notices: FileNotice[];
}

/** One valid data row, whatever its kind: where, when, which selection, which figures. */
export interface ValidRow {
  readonly rowNumber: number;
  readonly period: PeriodSpan;
  readonly municipality: string;
  /** Wijk or buurt code, or null for the whole municipality. */
  readonly area: string | null;
  /** The value of the kind's selection column (`functie`, `sbi`, `maatstaf`). */
  readonly selection: string;
  /** Value column → figure, for the value columns the file has. */
  readonly figures: ReadonlyMap<string, FigureValue>;
  readonly bron: string;
}
