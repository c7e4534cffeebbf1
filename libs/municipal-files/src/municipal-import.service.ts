import { createHash } from 'node:crypto';
import { Pool } from 'pg';
import type { KoersConfig } from '@koers/config';
import { SourceRunner, TableRunResult } from '@koers/loading';
import { notice } from './file-issue';
import { ImportCounts, ImportRequest, ImportResult } from './import-result';
import { FileLoad, MunicipalFileAdapter } from './municipal-file.adapter';
import { DEFAULT_FILE_LIMITS, FileLimits } from './municipal-file.parser';
import { Inspection, inspectMunicipalFile } from './municipal-file.schema';
import { MunicipalFileStore } from './municipal-file.store';
import { MunicipalFileError } from './municipal.exception';
import { mapMunicipalRows } from './municipal.mapper';
import { isMunicipalKind } from './municipal.types';

export interface MunicipalImportOptions {
  /** The municipality Koers monitors; registered in `region` by its first upload on a fresh database. */
  readonly municipality: string;
  /** Decides what "in the future" means. */
  readonly timeZone: string;
  readonly limits?: Partial<FileLimits>;
  readonly clock?: () => Date;
  /** How often to try again, and how long to wait, while another import holds the lock. */
  readonly lockAttempts?: number;
  readonly lockWaitMs?: number;
}

const NO_COUNTS: ImportCounts = { rows: 0, observations: 0, missing: 0, inserted: 0, unchanged: 0, issues: 0 };

function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The one code path of a municipal file, for the API, the inbox and the CLI: hash → same file again? → read and
 * validate everything → reject (run row + rejected rows, nothing else) or load through the runner in one
 * transaction → keep the file whole in uploaded_file.
 */
export class MunicipalImportService {
  private readonly store: MunicipalFileStore;
  private readonly limits: FileLimits;
  private readonly clock: () => Date;

  constructor(
    pool: Pool,
    private readonly runner: SourceRunner,
    private readonly options: MunicipalImportOptions,
  ) {
    this.store = new MunicipalFileStore(pool);
    this.limits = { ...DEFAULT_FILE_LIMITS, ...options.limits };
    this.clock = options.clock ?? (() => new Date());
  }

  static fromConfig(pool: Pool, runner: SourceRunner, config: KoersConfig): MunicipalImportService {
    return new MunicipalImportService(pool, runner, {
      municipality: config.regions.municipality,
      timeZone: config.etl.timeZone,
      limits: { maxFileBytes: config.uploads.maxBytes },
    });
  }

  get fileLimits(): FileLimits {
    return this.limits;
  }

  async importMunicipalFile(request: ImportRequest): Promise<ImportResult> {
    // The type says so already; callers from plain JavaScript or a URL parameter get a clear error too.
    if (!isMunicipalKind(request.kind)) throw new MunicipalFileError('UNKNOWN_KIND', `Unknown upload kind "${String(request.kind)}".`);
    const now = this.clock();
    const sha256 = sha256Of(request.bytes);
    const base = { kind: request.kind, fileName: request.fileName, sha256, sizeBytes: request.bytes.length };
    const before = await this.store.find(request.kind, sha256);
    if (before && !request.dryRun) {
      return { ...base, outcome: 'already-loaded', demo: before.demo, issues: [], notices: [], counts: NO_COUNTS, versionId: before.id, runId: before.runId };
    }
    const options = { now, timeZone: this.options.timeZone, limits: this.limits, municipality: this.options.municipality };
    const inspection = await inspectMunicipalFile(request.kind, request.fileName, request.bytes, options, (codes) => this.store.knownRegions(codes));
    const notices = before
      ? [...inspection.notices, notice('LOADED_BEFORE', `Dit bestand is al geladen als versie ${before.id}.`, `This file was already loaded as version ${before.id}.`)]
      : inspection.notices;
    const counted = { ...base, demo: inspection.demo, issues: inspection.issues, notices, counts: this.countsOf(inspection) };
    if (inspection.issues.length > 0) {
      const runId = request.dryRun ? null : await this.recordRejection(request, inspection);
      // Nothing of a rejected file is loaded, so it has rows and issues but no figures.
      const counts = { ...NO_COUNTS, rows: inspection.rowsRead, issues: inspection.issues.length };
      return { ...counted, counts, outcome: 'rejected', versionId: null, runId };
    }
    if (request.dryRun) return { ...counted, outcome: 'dry-run-ok', versionId: null, runId: null };
    return this.load(request, inspection, { ...counted, now });
  }

  private countsOf(inspection: Inspection): ImportCounts {
    const figures = inspection.rows.flatMap((row) => [...row.figures.values()]);
    const missing = figures.filter((figure) => 'missing' in figure).length;
    return { rows: inspection.rowsRead, observations: figures.length, missing, inserted: 0, unchanged: 0, issues: inspection.issues.length };
  }

  private async recordRejection(request: ImportRequest, inspection: Inspection): Promise<string> {
    const adapter = new MunicipalFileAdapter({ outcome: 'reject', kind: request.kind, fileName: request.fileName, issues: inspection.issues });
    return (await this.runLocked(adapter, request)).runId;
  }

  private async load(request: ImportRequest, inspection: Inspection, result: Omit<ImportResult, 'outcome' | 'versionId' | 'runId'> & { now: Date }): Promise<ImportResult> {
    const { now, ...rest } = result;
    const file: FileLoad = {
      outcome: 'load',
      kind: request.kind,
      sha256: rest.sha256,
      uploadedAt: now,
      mapped: mapMunicipalRows(request.kind, inspection.rows),
      registerMunicipality: inspection.registerMunicipality ? this.options.municipality : null,
    };
    const run = await this.runLocked(new MunicipalFileAdapter(file), request);
    if (run.status !== 'succeeded') throw new MunicipalFileError('LOAD_FAILED', `Loading ${request.fileName} failed: ${run.errorCode}: ${run.errorMessage}`, run.runId);
    // Illustrative or real is a fact about the file, stored once with it; every figure of the file inherits it.
    const stored = { kind: request.kind, name: request.fileName, demo: inspection.demo, sha256: rest.sha256, content: request.bytes, uploadedBy: request.uploadedBy, uploadedAt: now, runId: run.runId };
    const versionId = await this.store.insert(stored);
    const counts = { ...rest.counts, inserted: run.rowsInserted, unchanged: run.rowsUnchanged };
    if (versionId !== null) return { ...rest, counts, outcome: 'loaded', versionId, runId: run.runId };
    // The same bytes were stored by a concurrent import between our check and now: theirs is the version.
    const other = await this.store.find(request.kind, rest.sha256);
    return { ...rest, counts, outcome: 'already-loaded', versionId: other?.id ?? null, runId: other?.runId ?? run.runId };
  }

  /** Runs the one-file adapter, waiting while another import of a municipal file holds the source's lock. */
  private async runLocked(adapter: MunicipalFileAdapter, request: ImportRequest): Promise<TableRunResult> {
    const attempts = this.options.lockAttempts ?? 20;
    const waitMs = this.options.lockWaitMs ?? 250;
    for (let attempt = 1; ; attempt++) {
      const [run] = await this.runner.run(adapter, { trigger: request.trigger, tableId: request.kind });
      if (!run) throw new MunicipalFileError('LOAD_FAILED', `The runner returned no result for ${request.fileName}.`);
      if (run.status !== 'skipped' || run.errorCode !== 'LOCKED') return run;
      if (attempt >= attempts) throw new MunicipalFileError('SOURCE_BUSY', `Another import held the lock; ${request.fileName} was not imported. Try again.`, run.runId);
      await new Promise((resolve) => setTimeout(resolve, waitMs));
    }
  }
}
