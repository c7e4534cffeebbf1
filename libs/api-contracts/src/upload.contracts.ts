/** The kinds of municipal file Koers reads; `POST /uploads/{kind}`. */
export type UploadKind = 'vacancy' | 'employment' | 'jobseekers';

/** One problem in an uploaded file: the spreadsheet row (header = 1), column and value, in Dutch and English. */
export interface UploadIssueView {
  readonly code: string;
  readonly row: number | null;
  readonly column: string | null;
  readonly value: string | null;
  readonly message: string;
  readonly message_en: string;
}

/** Something worth knowing about a file that does not reject it (e.g. converted from Windows-1252). */
export interface UploadNoticeView {
  readonly code: string;
  readonly message: string;
  readonly message_en: string;
}

export interface UploadCountsView {
  readonly rows: number;
  readonly observations: number;
  readonly missing: number;
  readonly inserted: number;
  readonly unchanged: number;
  readonly issues: number;
}

/**
 * `POST /uploads/{kind}`: 201 `loaded`, 200 `already-loaded` or `dry-run-ok`, 422 `rejected` (with every issue;
 * nothing is stored but the run that records the rejection). The dashboard may not import libs/municipal-files,
 * whose `ImportResponseBody` this mirrors; the API assigns that body to this type, so the compiler keeps the two
 * in step.
 */
export interface UploadResponse {
  readonly outcome: 'loaded' | 'already-loaded' | 'rejected' | 'dry-run-ok';
  readonly kind: UploadKind;
  readonly file: string;
  readonly sha256: string;
  /** Every row is labelled VOORBEELDDATA: illustrative figures, shown as such. */
  readonly demo: boolean;
  readonly notices: readonly UploadNoticeView[];
  /** uploaded_file.id; present when loaded or already loaded. */
  readonly versionId?: string | null;
  /** The etl_run of the load or of the rejection; absent for a dry run. */
  readonly runId?: string | null;
  readonly counts?: UploadCountsView;
  readonly issues?: readonly UploadIssueView[];
  readonly message?: string;
  readonly message_en?: string;
}

/** One stored version of an uploaded file (`GET /uploads`). */
export interface UploadedFileView {
  readonly id: string;
  readonly kind: UploadKind;
  readonly name: string;
  readonly demo: boolean;
  readonly sha256: string;
  readonly sizeBytes: number;
  readonly uploadedBy: string;
  readonly uploadedAt: string;
  readonly runId: string | null;
}

/** `GET /uploads`: newest first. */
export interface UploadedFileListResponse {
  readonly data: readonly UploadedFileView[];
}
