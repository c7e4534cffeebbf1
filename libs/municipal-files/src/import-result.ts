import type { UploadResponse } from '@koers/api-contracts';
import type { RunTrigger } from '@koers/db';
import type { Language, SpecifiedUploadKind } from '@koers/indicators';
import { FileImpact } from './file-impact';
import { Withdrawal } from './municipal-file.store';
import { FileIssue, FileNotice } from './municipal.types';

export interface ImportRequest {
  readonly kind: SpecifiedUploadKind;
  readonly fileName: string;
  /**
   * The file. Handed to the check's worker thread without a copy when the array is the whole of its buffer, which
   * leaves the caller's array empty: do not use it after the call.
   */
  readonly bytes: Uint8Array;
  /** Who: the API user, `inbox`, or `cli:<account>`. Stored on uploaded_file. */
  readonly uploadedBy: string;
  readonly trigger: RunTrigger;
  /** Validate and report; write nothing. */
  readonly dryRun?: boolean;
  /**
   * A new version of a stored file: once this file is loaded, that one (same kind) is withdrawn in the same
   * transaction as this one is stored, with `reason` (or "replaced by version N").
   */
  readonly replaces?: { readonly id: string; readonly reason?: string };
}

export type ImportOutcome = 'loaded' | 'already-loaded' | 'rejected' | 'dry-run-ok';

export interface ImportCounts {
  /** Data rows in the file, as far as it was read. */
  readonly rows: number;
  /** Of which checked: fewer when the check stopped at MAX_LISTED_ISSUES issues (`issuesTruncated`). */
  readonly rowsChecked: number;
  /** Figures in the file: rows × value columns. */
  readonly observations: number;
  /** Of which missing (`.`, `x`, `-`, empty). */
  readonly missing: number;
  /** Figures new or different from the current version; 0 unless loaded. */
  readonly inserted: number;
  /** Figures equal to the current version. */
  readonly unchanged: number;
  readonly issues: number;
}

export interface ImportResult {
  readonly outcome: ImportOutcome;
  readonly kind: SpecifiedUploadKind;
  readonly fileName: string;
  readonly sha256: string;
  readonly sizeBytes: number;
  /** Every row's `bron` starts with VOORBEELDDATA: illustrative figures. */
  readonly demo: boolean;
  readonly issues: readonly FileIssue[];
  /** The issue list was cut (the check stopped at MAX_LISTED_ISSUES issues, or found more). */
  readonly issuesTruncated: boolean;
  readonly notices: readonly FileNotice[];
  readonly counts: ImportCounts;
  /** The periods and indicators a valid file changes (empty otherwise). */
  readonly impact: FileImpact;
  /** uploaded_file.id of the stored file (loaded, or loaded before); null otherwise. */
  readonly versionId: string | null;
  /** etl_run.id of the load or of the rejection; null for a dry run. */
  readonly runId: string | null;
  /** The stored file this one replaced (withdrawn as it was loaded), or, for a dry run, would replace. */
  readonly replaces: { readonly versionId: string; readonly withdrawal: Withdrawal | null } | null;
}

interface Localized {
  readonly message: string;
  readonly message_en: string;
}

/** `message` in the language asked for, `message_en` always English (what clients keyed on it read). */
function inLanguage<T extends Localized>(item: T, lang: Language): T {
  return lang === 'en' ? { ...item, message: item.message_en } : item;
}

const MESSAGES = {
  'already-loaded': {
    message: 'Dit bestand is al eerder geladen; er is niets veranderd.',
    message_en: 'This file was loaded before; nothing changed.',
  },
  'dry-run-ok': {
    message: 'Proefrun: het bestand is in orde; er is niets opgeslagen.',
    message_en: 'Dry run: the file is valid; nothing was stored.',
  },
} as const;

function replacesView(result: ImportResult): UploadResponse['replaces'] {
  if (!result.replaces) return null;
  const w = result.replaces.withdrawal;
  return {
    versionId: result.replaces.versionId,
    withdrawnAt: w?.withdrawnAt.toISOString() ?? null,
    withdrawnBy: w?.withdrawnBy ?? null,
    reason: w?.reason ?? null,
  };
}

/**
 * The answer of an import as the upload endpoint gives it (`UploadResponse`, the one body type) and the CLI's
 * `--json` prints it; its `outcome` says what happened. Which HTTP status that is, is the API's to say.
 */
export function uploadResponse(result: ImportResult, lang: Language = 'nl'): UploadResponse {
  const base = {
    outcome: result.outcome,
    kind: result.kind,
    file: result.fileName,
    sha256: result.sha256,
    demo: result.demo,
    notices: result.notices.map((item) => inLanguage(item, lang)),
    counts: result.counts,
    periods: result.impact.periods,
    indicators: result.impact.indicators.map(({ id, title }) => ({ id, title: title[lang] })),
  };
  switch (result.outcome) {
    case 'rejected': {
      const issues = result.issues.map(({ code, row, column, value, message, message_en }) =>
        inLanguage({ code, row, column, value, message, message_en }, lang),
      );
      return { ...base, runId: result.runId, issues, issuesTruncated: result.issuesTruncated };
    }
    case 'loaded':
      return { ...base, versionId: result.versionId, runId: result.runId, replaces: replacesView(result) };
    case 'already-loaded':
      return { ...base, versionId: result.versionId, runId: result.runId, ...inLanguage(MESSAGES['already-loaded'], lang) };
    case 'dry-run-ok':
      return { ...base, replaces: replacesView(result), ...inLanguage(MESSAGES['dry-run-ok'], lang) };
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
  if (result.outcome === 'rejected') lines.push(`  rijen ${c.rows}${c.rowsChecked < c.rows ? `, gecontroleerd ${c.rowsChecked}` : ''}`);
  else if (result.outcome !== 'already-loaded') {
    lines.push(`  rijen ${c.rows}, cijfers ${c.observations} (ontbrekend ${c.missing}), nieuw ${c.inserted}, ongewijzigd ${c.unchanged}`);
    if (result.impact.periods.length > 0)
      lines.push(
        `  perioden ${result.impact.periods.join(', ')}; indicatoren ${result.impact.indicators.map((i) => i.id).join(', ') || '–'}`,
      );
  }
  if (result.replaces?.withdrawal) lines.push(`  vervangt versie ${result.replaces.versionId} (ingetrokken / withdrawn)`);
  if (result.demo) lines.push('  VOORBEELDDATA: illustratieve cijfers, geen echte.');
  for (const item of result.notices) lines.push(`  let op: ${item.message}`);
  for (const issue of result.issues) lines.push(issueLine(issue));
  return lines.join('\n');
}
