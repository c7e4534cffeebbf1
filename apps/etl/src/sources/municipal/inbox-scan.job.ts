import { mkdir, open, readdir, rename, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { INBOX_SOURCE_ID, type SourceRunRequest, type SourceRunner, type TableRunResult } from '@koers/loading';
import {
  type ImportOutcome,
  type ImportResult,
  MunicipalFileError,
  MunicipalImportService,
  formatImportReport,
} from '@koers/municipal-files';
import { SPECIFIED_UPLOAD_KINDS, type SpecifiedUploadKind } from '@koers/indicators';
import type { EtlJob } from '../etl-jobs';

export interface InboxOptions {
  /** KOERS_INBOX: the folder scanned; `archive/` and `rejected/` are made inside it. */
  readonly folder: string;
  /** ETL_CRON_INBOX, or undefined for no schedule. */
  readonly cron: string | undefined;
  /** A file younger than this may still be being copied in; it waits for the next scan. */
  readonly settleMs?: number;
  readonly clock?: () => Date;
  readonly log?: (line: string) => void;
}

export type InboxFileOutcome = ImportOutcome | 'bad-name' | 'failed' | 'waiting';

export interface InboxFileResult {
  readonly file: string;
  readonly outcome: InboxFileOutcome;
  /** Where the file went (`archive/…`, `rejected/…`), or null when it stayed. */
  readonly movedTo: string | null;
  readonly result?: ImportResult;
}

/** `<kind>[-_.anything].csv|xlsx` for every kind with a file format: the name says what the file is. */
const NAME_PATTERN = new RegExp(`^(${SPECIFIED_UPLOAD_KINDS.join('|')})([-_.][^/\\\\]*)?\\.(csv|xlsx)$`, 'i');

/** The kind from the file name: `vacancy-2024.xlsx` → vacancy. Null for any other name. */
export function kindOfInboxFile(name: string): SpecifiedUploadKind | null {
  const match = NAME_PATTERN.exec(name);
  return match ? (match[1]!.toLowerCase() as SpecifiedUploadKind) : null;
}

/** Hidden files, Office lock files (`~$…`) and our own reports are never picked up. */
function isCandidate(name: string): boolean {
  return !name.startsWith('.') && !name.startsWith('~$') && !name.endsWith('.errors.txt');
}

function badNameReport(name: string): string {
  const starts = SPECIFIED_UPLOAD_KINDS.map((kind) => `${kind}-`);
  const words = (or: string) => `${starts.slice(0, -1).join(', ')} ${or} ${starts.at(-1)}`;
  return [
    `AFGEWEZEN / REJECTED: ${name}: de naam zegt niet wat voor bestand het is.`,
    `  Begin de naam met ${words('of')} en eindig op .csv of .xlsx, bv. ${SPECIFIED_UPLOAD_KINDS[0]}-2024.xlsx.`,
    `  (The name must start with ${words('or')} and end in .csv or .xlsx.)`,
  ].join('\n');
}

/**
 * The drop folder, scanned on the schedule. Each file goes to the import service (the same path as the API and the
 * CLI, which records the file's own run under source `municipal-file`, reported to the asker through `onRun`),
 * then moves to `archive/` or, with a `<name>.errors.txt` beside it, to `rejected/`. The scan holds the lock of
 * `inbox` so scans never overlap; it writes no run row of its own, except when the folder cannot be read at all.
 */
export class InboxScanJob implements EtlJob {
  readonly cron: string | undefined;

  constructor(
    private readonly imports: MunicipalImportService,
    private readonly runner: SourceRunner,
    private readonly options: InboxOptions,
  ) {
    this.cron = options.cron;
  }

  async run(request: SourceRunRequest): Promise<TableRunResult[]> {
    const scanned = await this.runner.exclusive(INBOX_SOURCE_ID, () =>
      this.scan(request).then(
        (): TableRunResult[] => [],
        (error: unknown) => this.runner.recordFailedRun(INBOX_SOURCE_ID, request, error).then((failed) => [failed]),
      ),
    );
    if (scanned === undefined) this.log('Another scan of the inbox is under way; this one did nothing.');
    return scanned ?? [];
  }

  async scan(request: SourceRunRequest): Promise<InboxFileResult[]> {
    const names = await this.candidates();
    const results: InboxFileResult[] = [];
    for (const name of names) {
      const result = await this.process(name, request).catch((error: unknown): InboxFileResult => {
        this.log(`${name}: not imported, stays in the inbox: ${error instanceof Error ? error.message : String(error)}`);
        return { file: name, outcome: 'failed', movedTo: null };
      });
      results.push(result);
    }
    return results;
  }

  private async candidates(): Promise<string[]> {
    const entries = await readdir(this.options.folder, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [];
      throw new MunicipalFileError('INBOX_UNAVAILABLE', `The inbox ${this.options.folder} cannot be read: ${error.message}`);
    });
    return entries
      .filter((entry) => entry.isFile() && isCandidate(entry.name))
      .map((entry) => entry.name)
      .sort();
  }

  private async process(name: string, request: SourceRunRequest): Promise<InboxFileResult> {
    const path = join(this.options.folder, name);
    const info = await stat(path);
    const now = (this.options.clock ?? (() => new Date()))();
    if (now.getTime() - info.mtimeMs < (this.options.settleMs ?? 5000)) return { file: name, outcome: 'waiting', movedTo: null };
    const kind = kindOfInboxFile(name);
    if (kind === null) {
      if (request.dryRun) return { file: name, outcome: 'bad-name', movedTo: null };
      return { file: name, outcome: 'bad-name', movedTo: await this.move(name, 'rejected', badNameReport(name), now) };
    }
    const bytes = await readAtMost(path, this.imports.fileLimits.maxFileBytes + 1);
    const result = await this.imports.importMunicipalFile({
      kind,
      fileName: name,
      bytes,
      uploadedBy: 'inbox',
      trigger: request.trigger,
      dryRun: request.dryRun,
    });
    if (result.runId !== null) request.onRun?.(result.runId);
    this.log(formatImportReport(result).split('\n')[0]!);
    if (request.dryRun) return { file: name, outcome: result.outcome, movedTo: null, result };
    const rejected = result.outcome === 'rejected';
    const movedTo = await this.move(name, rejected ? 'rejected' : 'archive', rejected ? formatImportReport(result) : null, now);
    return { file: name, outcome: result.outcome, movedTo, result };
  }

  /** Moves a processed file; a name already taken there gets the time in front, so nothing is overwritten. */
  private async move(name: string, to: 'archive' | 'rejected', report: string | null, now: Date): Promise<string> {
    const folder = join(this.options.folder, to);
    await mkdir(folder, { recursive: true });
    const taken = await stat(join(folder, name)).then(
      () => true,
      () => false,
    );
    const target = taken ? `${now.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '')}-${name}` : name;
    await rename(join(this.options.folder, name), join(folder, target));
    if (report !== null) await writeFile(join(folder, `${target}.errors.txt`), `${report}\n`, 'utf8');
    return `${to}/${basename(target)}`;
  }

  private log(line: string): void {
    this.options.log?.(line);
  }
}

/** At most `limit` bytes: an oversized file is rejected on its size without being read whole. */
async function readAtMost(path: string, limit: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(Math.min(limit, (await handle.stat()).size));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, bytesRead);
  } finally {
    await handle.close();
  }
}
