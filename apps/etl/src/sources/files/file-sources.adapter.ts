import { basename, dirname } from 'node:path';
import { FILES_SOURCE_ID, type SourceAdapter, type SourceRunRequest, type TableJob } from '@koers/loading';
import { FileSourceError } from './file-source.exception';
import { FileTableJob } from './file-table.job';
import type { KnownRegions } from './known-regions.store';
import { type DescribedFile, findManifests, readDescribedFile } from './manifest-folder.parser';

/** Where the adapter finds its files: a folder of manifests (the bundled ones), or files named one by one. */
export type FileSelection =
  { readonly folder: string } | { readonly files: readonly { readonly manifestPath: string; readonly filePath?: string }[] };

export interface FileSourcesOptions {
  readonly log?: (line: string) => void;
}

/**
 * Files as a source: StatLine exports and third-party files, each described by its manifest. One table job per
 * manifest (or per manifest of the table asked for), through the same runner, lock, run log, staging and merge
 * as CBS. Not scheduled: a bundled file changes only with a commit.
 */
export class FileSourcesAdapter implements SourceAdapter {
  readonly id = FILES_SOURCE_ID;
  readonly attribution =
    'CBS StatLine-exports en afgeleide bestanden van derden, elk met een manifest (herkomst, bewerkingen, kanttekeningen)';
  readonly cron = undefined;

  constructor(
    private readonly selection: FileSelection,
    private readonly regions: KnownRegions,
    private readonly options: FileSourcesOptions = {},
  ) {}

  async plan(request: SourceRunRequest): Promise<TableJob[]> {
    const planned = await this.plannedFiles();
    const same = (id: string) => request.tableId === undefined || id.toLowerCase() === request.tableId.toLowerCase();
    const wanted = planned.filter((entry) => same(entry.tableId));
    if (wanted.length === 0 && request.tableId !== undefined) {
      const known = [...new Set(planned.map((entry) => entry.tableId))].join(', ');
      throw new FileSourceError(
        'TABLE_NOT_FOUND',
        `No manifest describes table "${request.tableId}"; the file tables are: ${known || '(none)'}.`,
      );
    }
    return wanted.map((entry) =>
      'failure' in entry
        ? new BrokenManifestJob(entry.tableId, entry.failure)
        : new FileTableJob(entry.file, this.regions, this.options.log),
    );
  }

  /** Every manifest, read and checked; one that is broken becomes a job that fails, so the others still load. */
  private async plannedFiles(): Promise<PlannedFile[]> {
    const selection = this.selection;
    const files: readonly { readonly manifestPath: string; readonly filePath?: string }[] =
      'files' in selection ? selection.files : (await findManifests(selection.folder)).map((manifestPath) => ({ manifestPath }));
    return Promise.all(
      files.map(async ({ manifestPath, filePath }): Promise<PlannedFile> => {
        try {
          const file = await readDescribedFile(manifestPath, filePath);
          return { tableId: file.manifest.table.id, file };
        } catch (error) {
          // The folder is named after the table (data/snapshot/files/<table>/), the best name a broken manifest has.
          return { tableId: basename(dirname(manifestPath)), failure: error };
        }
      }),
    );
  }
}

type PlannedFile = { readonly tableId: string; readonly file: DescribedFile } | { readonly tableId: string; readonly failure: unknown };

/** A manifest that cannot be read: its run fails with the reason, beside the runs of the other files. */
class BrokenManifestJob implements TableJob {
  constructor(
    readonly tableId: string,
    private readonly failure: unknown,
  ) {}

  load(): Promise<void> {
    return Promise.reject(this.failure);
  }
}
