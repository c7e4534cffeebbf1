import type { SpecifiedUploadKind } from '@koers/indicators';
import type { ApiProblem } from './common.contracts';

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
  /** Data rows in the file, as far as it was read. */
  readonly rows: number;
  /** Of which checked: fewer when the check stopped at its issue cap (`issuesTruncated`). */
  readonly rowsChecked: number;
  readonly observations: number;
  readonly missing: number;
  readonly inserted: number;
  readonly unchanged: number;
  readonly issues: number;
}

/**
 * `POST /uploads/{kind}`, the one body type of an upload's answer (libs/municipal-files writes it, the API sends it,
 * the CLI's `--json` prints it, the dashboard reads it): `outcome` says what happened — `loaded` (201),
 * `already-loaded` or `dry-run-ok` (200), `rejected` (a 422 problem with every issue; nothing is stored but the run
 * that records the rejection).
 */
export interface UploadResponse {
  readonly outcome: 'loaded' | 'already-loaded' | 'rejected' | 'dry-run-ok';
  readonly kind: SpecifiedUploadKind;
  readonly file: string;
  readonly sha256: string;
  /** Every row is labelled VOORBEELDDATA: illustrative figures, shown as such. */
  readonly demo: boolean;
  readonly notices: readonly UploadNoticeView[];
  /** uploaded_file.id; present when loaded or already loaded. */
  readonly versionId?: string | null;
  /** The etl_run of the load or of the rejection; absent for a dry run. */
  readonly runId?: string | null;
  /** Always sent: rows (and, when valid, figures, new and unchanged ones). */
  readonly counts?: UploadCountsView;
  /** Always sent: the CBS period codes a valid file holds (`2024JJ00`), sorted; empty when rejected. */
  readonly periods?: readonly string[];
  /** Always sent: the catalogue indicators a valid file's figures feed, titles in `lang`; empty when rejected. */
  readonly indicators?: readonly UploadIndicatorView[];
  /** `message` in `lang`; `message_en` always English. */
  readonly issues?: readonly UploadIssueView[];
  /** Rejected: the list was cut (the check stops at 1,000 issues; `counts.rowsChecked` says how far it got). */
  readonly issuesTruncated?: boolean;
  /** Loaded with `replaces`: the version it withdrew; dry run: the version it would withdraw (withdrawnAt null). */
  readonly replaces?: UploadReplacedView | null;
  readonly message?: string;
  readonly message_en?: string;
}

/** `POST /uploads/{kind}` 422 `UPLOAD_REJECTED`: a problem with the rejected file's answer (every issue) beside it. */
export type UploadRejectedProblem = ApiProblem & UploadResponse;

export interface UploadIndicatorView {
  readonly id: string;
  readonly title: string;
}

export interface UploadReplacedView {
  readonly versionId: string;
  /** @format date-time */
  readonly withdrawnAt: string | null;
  readonly withdrawnBy: string | null;
  readonly reason: string | null;
}

/** Who took a file back, when and why; `replacedBy` is the version that took its place. */
export interface UploadWithdrawalView {
  /** @format date-time */
  readonly withdrawnAt: string;
  readonly withdrawnBy: string;
  readonly reason: string;
  readonly replacedBy: string | null;
}

/** `POST /uploads/files/{id}/withdraw`: why (required, 3–500 characters). */
export interface WithdrawUploadBody {
  readonly reason: string;
}

/** One stored version of an uploaded file (`GET /uploads/files`). */
export interface UploadedFileView {
  readonly id: string;
  readonly kind: SpecifiedUploadKind;
  readonly name: string;
  readonly demo: boolean;
  readonly sha256: string;
  readonly sizeBytes: number;
  readonly uploadedBy: string;
  /** @format date-time */
  readonly uploadedAt: string;
  readonly runId: string | null;
  /** Null while the file counts; once withdrawn, its figures are no longer current (they stay for as-of reads). */
  readonly withdrawal: UploadWithdrawalView | null;
}

/** `GET /uploads/files`: newest first. */
export interface UploadedFileListResponse {
  readonly data: readonly UploadedFileView[];
}

/**
 * `GET /uploads/files/{id}` (and the answer of a withdrawal): the file with what it holds and what withdrawing it
 * touches: its periods, the indicators its figures feed, how many of its figures are current now, and the
 * versions it replaced.
 */
export interface UploadedFileDetailResponse extends UploadedFileView {
  readonly periods: readonly string[];
  readonly indicators: readonly UploadIndicatorView[];
  /** Stored figures of this version, and of those how many are the current figure now. */
  readonly figures: { readonly stored: number; readonly current: number };
  /** Ids of the versions this file replaced (withdrew when it was loaded). */
  readonly replaced: readonly string[];
}
