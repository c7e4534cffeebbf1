import type { RejectedInput, TableSink } from '@koers/loading';
import type { SourceAdapter, TableJob } from '@koers/loading';
import { problems } from './import-result';
import { MunicipalFileError } from './municipal.exception';
import { KIND_FORMATS } from './municipal-formats';
import { MappedFile } from './municipal.mapper';
import { FileIssue } from './municipal.types';
import type { SpecifiedUploadKind } from '@koers/indicators';

/** etl_run.source of every municipal import, whichever way it came in (API, inbox, CLI). */
export const MUNICIPAL_FILE_SOURCE = 'municipal-file';

/** What one import loads: a valid file's figures, or a rejected file's issues. */
export type FileLoad =
  | {
      readonly outcome: 'load';
      readonly kind: SpecifiedUploadKind;
      readonly sha256: string;
      readonly uploadedAt: Date;
      readonly mapped: MappedFile;
      /** The configured municipality to register, when the region table does not have it yet. */
      readonly registerMunicipality: string | null;
    }
  | { readonly outcome: 'reject'; readonly kind: SpecifiedUploadKind; readonly fileName: string; readonly issues: readonly FileIssue[] };

/** `file.csv:row 12:m2_leeg`: where a person finds the problem. */
export function issueLocation(issue: FileIssue): string {
  return [issue.file, ...(issue.row === null ? [] : [`row ${issue.row}`]), ...(issue.column === null ? [] : [issue.column])].join(':');
}

export function rejectedRows(issues: readonly FileIssue[]): RejectedInput[] {
  return issues.map((issue) => ({
    location: issueLocation(issue),
    rawValue: issue.value,
    reason: `${issue.code}: ${issue.message} / ${issue.message_en}`,
  }));
}

const BATCH = 5000;

async function loadFile(load: Extract<FileLoad, { outcome: 'load' }>, sink: TableSink): Promise<void> {
  const format = KIND_FORMATS[load.kind];
  await sink.table({
    provider: 'municipal-file',
    tableId: load.kind,
    title: `${format.title.nl} — ${format.producer}`,
    publishedAt: load.uploadedAt,
    publicationVersion: load.sha256,
    status: 'active',
    successorTableId: null,
    frequency: null,
    evidence: 'municipal',
    file: null,
    // A file can be withdrawn: its version must hold all of its figures, also those an earlier file had already.
    keepEveryFigure: true,
  });
  if (load.registerMunicipality) {
    const code = load.registerMunicipality;
    // Named by its code until the CBS source loads the region list, whose name then replaces it: no name from code.
    await sink.regions([{ code, name: code, level: 'gemeente', parentCode: null, boundaryYear: null }]);
  }
  await sink.measures(load.mapped.measures);
  for (let start = 0; start < load.mapped.observations.length; start += BATCH) {
    await sink.observations(load.mapped.observations.slice(start, start + BATCH));
  }
}

/**
 * One file as a source run: the runner takes the lock, writes the etl_run row and loads the table in one
 * transaction as the publication version `sha256`. A rejected file is a run that fails with FILE_REJECTED and
 * leaves its issues as rejected_row rows, and nothing else.
 */
export class MunicipalFileAdapter implements SourceAdapter {
  readonly id = MUNICIPAL_FILE_SOURCE;
  readonly attribution = 'Gemeente (geüploade bestanden)';
  readonly cron = undefined;

  constructor(private readonly file: FileLoad) {}

  async plan(): Promise<TableJob[]> {
    const file = this.file;
    return [
      {
        tableId: file.kind,
        load: async (sink: TableSink) => {
          if (file.outcome === 'load') return loadFile(file, sink);
          sink.reject(rejectedRows(file.issues));
          throw new MunicipalFileError(
            'FILE_REJECTED',
            `${file.fileName}: ${problems(file.issues.length)}, niets geladen / ${file.issues.length} issue(s), nothing loaded.`,
          );
        },
      },
    ];
  }
}
