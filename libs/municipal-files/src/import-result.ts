import type { RunTrigger } from '@koers/db';
import { FileIssue, FileNotice, MunicipalKind } from './municipal.types';

export interface ImportRequest {
  readonly kind: MunicipalKind;
  readonly fileName: string;
  readonly bytes: Uint8Array;
  /** Who: the API user, `inbox`, or `cli:<account>`. Stored on uploaded_file. */
  readonly uploadedBy: string;
  readonly trigger: RunTrigger;
  /** Validate and report; write nothing. */
  readonly dryRun?: boolean;
}

export type ImportOutcome = 'loaded' | 'already-loaded' | 'rejected' | 'dry-run-ok';

export interface ImportCounts {
  /** Data rows in the file. */
  readonly rows: number;
  /** Figures in the file: rows × value columns. */
  readonly observations: number;
  /** Of which missing (`.`, `x`, `-`, empty). */
  readonly missing: number;
  /** New observation versions written; 0 unless loaded. */
  readonly inserted: number;
  /** Figures equal to the current version, so not written again. */
  readonly unchanged: number;
  readonly issues: number;
}

export interface ImportResult {
  readonly outcome: ImportOutcome;
  readonly kind: MunicipalKind;
  readonly fileName: string;
  readonly sha256: string;
  readonly sizeBytes: number;
  /** Every row's `bron` starts with VOORBEELDDATA: illustrative figures. */
  readonly demo: boolean;
  readonly issues: readonly FileIssue[];
  readonly notices: readonly FileNotice[];
  readonly counts: ImportCounts;
  /** uploaded_file.id of the stored file (loaded, or loaded before); null otherwise. */
  readonly versionId: string | null;
  /** etl_run.id of the load or of the rejection; null for a dry run. */
  readonly runId: string | null;
}

/** The body the upload endpoint answers with (the API's `UploadResponse`). */
export interface ImportResponseBody {
  readonly outcome: ImportOutcome;
  readonly kind: MunicipalKind;
  readonly file: string;
  readonly sha256: string;
  readonly demo: boolean;
  readonly notices: readonly FileNotice[];
  readonly versionId?: string | null;
  readonly runId?: string | null;
  readonly counts?: ImportCounts;
  readonly issues?: readonly Omit<FileIssue, 'file'>[];
  readonly message?: string;
  readonly message_en?: string;
}

/** What the upload endpoint answers: 201 loaded, 200 already loaded or dry run, 422 rejected. */
export interface ImportResponse {
  readonly status: 200 | 201 | 422;
  readonly body: ImportResponseBody;
}

export function importResponse(result: ImportResult): ImportResponse {
  const base = { outcome: result.outcome, kind: result.kind, file: result.fileName, sha256: result.sha256, demo: result.demo, notices: result.notices };
  switch (result.outcome) {
    case 'rejected':
      return {
        status: 422,
        body: { ...base, runId: result.runId, issues: result.issues.map(({ code, row, column, value, message, message_en }) => ({ code, row, column, value, message, message_en })) },
      };
    case 'loaded':
      return { status: 201, body: { ...base, versionId: result.versionId, runId: result.runId, counts: result.counts } };
    case 'already-loaded':
      return {
        status: 200,
        body: { ...base, versionId: result.versionId, runId: result.runId, message: 'Dit bestand is al eerder geladen; er is niets veranderd.', message_en: 'This file was loaded before; nothing changed.' },
      };
    case 'dry-run-ok':
      return { status: 200, body: { ...base, counts: result.counts, message: 'Proefrun: het bestand is in orde; er is niets opgeslagen.', message_en: 'Dry run: the file is valid; nothing was stored.' } };
    default: {
      const unknown: never = result.outcome;
      throw new Error(`Unhandled outcome ${String(unknown)}`);
    }
  }
}

/** `1 probleem`, `3 problemen`. */
export function problems(count: number): string {
  return `${count} ${count === 1 ? 'probleem' : 'problemen'}`;
}

function issueLine(issue: FileIssue): string {
  const where = [issue.row === null ? null : `rij ${issue.row}`, issue.column].filter((part) => part !== null).join(', ');
  const value = issue.value === null ? '' : ` [waarde: ${JSON.stringify(issue.value)}]`;
  return `  ${where ? `${where}: ` : ''}${issue.message}${value}\n      (${issue.message_en})`;
}

/** The same report for the CLI and the inbox's `.errors.txt`: outcome, counts, notices, every issue. */
export function formatImportReport(result: ImportResult): string {
  const c = result.counts;
  const head: Record<ImportOutcome, string> = {
    loaded: `GELADEN / LOADED: ${result.fileName} (${result.kind}) as version ${result.versionId}, run ${result.runId}`,
    'already-loaded': `AL GELADEN / ALREADY LOADED: ${result.fileName} (${result.kind}) is version ${result.versionId}; nothing changed`,
    rejected: `AFGEWEZEN / REJECTED: ${result.fileName} (${result.kind}): ${problems(result.issues.length)}, niets geladen${result.runId ? ` (run ${result.runId})` : ''}`,
    'dry-run-ok': `PROEFRUN IN ORDE / DRY RUN OK: ${result.fileName} (${result.kind}); nothing stored`,
  };
  const lines = [head[result.outcome]];
  if (result.outcome === 'rejected') lines.push(`  rijen ${c.rows}`);
  else if (result.outcome !== 'already-loaded') {
    lines.push(`  rijen ${c.rows}, cijfers ${c.observations} (ontbrekend ${c.missing}), nieuw ${c.inserted}, ongewijzigd ${c.unchanged}`);
  }
  if (result.demo) lines.push('  VOORBEELDDATA: illustratieve cijfers, geen echte.');
  for (const item of result.notices) lines.push(`  let op: ${item.message}`);
  for (const issue of result.issues) lines.push(issueLine(issue));
  return lines.join('\n');
}
