import { createHash } from 'node:crypto';
import { Pool } from 'pg';
import type { KoersConfig } from '@koers/config';
import { SourceRunner, TableRunResult } from '@koers/loading';
import { CheckResult } from './check/file-check';
import { FileCheckPool } from './check/file-check.pool';
import { NO_IMPACT } from './file-impact';
import { notice } from './file-issue';
import { DEFAULT_FILE_LIMITS, FileLimits } from './file-limits';
import { ImportCounts, ImportRequest, ImportResult } from './import-result';
import { FileLoad, MunicipalFileAdapter } from './municipal-file.adapter';
import { MunicipalFileStore, StoredFile } from './municipal-file.store';
import { MunicipalFileError } from './municipal.exception';
import { FileIssue } from './municipal.types';
import { type SpecifiedUploadKind, isSpecifiedUploadKind } from '@koers/indicators';

export interface MunicipalImportOptions {
  /** The municipality Koers monitors; registered in `region` by its first upload on a fresh database. */
  readonly municipality: string;
  /** Decides what "in the future" means. */
  readonly timeZone: string;
  readonly limits?: Partial<FileLimits>;
  /** Files checked at once (each in a worker thread); one more is refused with CHECKS_BUSY. */
  readonly concurrentChecks?: number;
  readonly clock?: () => Date;
  /** How long an import waits while another import of a municipal file holds the lock (default 5 s). */
  readonly lockWaitMs?: number;
}

const NO_COUNTS: ImportCounts = { rows: 0, rowsChecked: 0, observations: 0, missing: 0, inserted: 0, unchanged: 0, issues: 0 };

type Counted = Omit<ImportResult, 'outcome' | 'versionId' | 'runId'>;

function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The one code path of a municipal file, for the API, the inbox and the CLI: hash → same file again? → check it
 * in a worker thread (read and validate as it is read, stop early when it is wrong throughout) → reject (run row +
 * rejected rows, nothing else) or load through the runner in one transaction → keep the file whole in
 * uploaded_file, withdrawing the version it replaces.
 */
export class MunicipalImportService {
  private readonly store: MunicipalFileStore;
  private readonly limits: FileLimits;
  private readonly clock: () => Date;
  private readonly checks: FileCheckPool;

  constructor(
    pool: Pool,
    private readonly runner: SourceRunner,
    private readonly options: MunicipalImportOptions,
  ) {
    this.store = new MunicipalFileStore(pool);
    this.limits = { ...DEFAULT_FILE_LIMITS, ...options.limits };
    this.clock = options.clock ?? (() => new Date());
    this.checks = new FileCheckPool({ size: options.concurrentChecks ?? 2 });
  }

  static fromConfig(pool: Pool, runner: SourceRunner, config: KoersConfig): MunicipalImportService {
    return new MunicipalImportService(pool, runner, {
      municipality: config.regions.municipality,
      timeZone: config.etl.timeZone,
      limits: { maxFileBytes: config.uploads.maxBytes, maxRows: config.uploads.maxRows },
      concurrentChecks: config.uploads.concurrentChecks,
    });
  }

  get fileLimits(): FileLimits {
    return this.limits;
  }

  /** Files checked at once. */
  get concurrentChecks(): number {
    return this.checks.size;
  }

  /** Ends the check workers (they do not keep a process alive, but a shutdown should not leave them). */
  close(): Promise<void> {
    return this.checks.close();
  }

  async importMunicipalFile(request: ImportRequest): Promise<ImportResult> {
    // The type says so already; callers from plain JavaScript or a URL parameter get a clear error too.
    if (!isSpecifiedUploadKind(request.kind))
      throw new MunicipalFileError('UNKNOWN_KIND', `Unknown upload kind "${String(request.kind)}".`);
    const now = this.clock();
    const sha256 = sha256Of(request.bytes);
    const base = { kind: request.kind, fileName: request.fileName, sha256, sizeBytes: request.bytes.length };
    const before = await this.store.find(request.kind, sha256);
    if (before && !request.dryRun) return this.alreadyLoaded(base, before);
    const replaced = request.replaces ? await this.replaceable(request.kind, request.replaces.id) : null;
    const check = await this.checks.check(
      {
        kind: request.kind,
        fileName: request.fileName,
        bytes: request.bytes,
        now,
        timeZone: this.options.timeZone,
        municipality: this.options.municipality,
        limits: this.limits,
        withFigures: !request.dryRun,
      },
      (codes) => this.store.knownRegions(codes),
    );
    const loadedBefore = before
      ? [
          notice(
            'LOADED_BEFORE',
            `Dit bestand is al geladen als versie ${before.id}.`,
            `This file was already loaded as version ${before.id}.`,
          ),
        ]
      : [];
    const counted: Counted = {
      ...base,
      demo: check.demo,
      issues: check.issues,
      issuesTruncated: check.issuesTruncated,
      notices: [...check.notices, ...loadedBefore],
      counts: { ...NO_COUNTS, ...check.counts, issues: check.issues.length },
      impact: check.impact,
      replaces: replaced ? { versionId: replaced.id, withdrawal: null } : null,
    };
    if (check.issues.length > 0) {
      const runId = request.dryRun ? null : await this.recordRejection(request, check.issues);
      return { ...counted, impact: NO_IMPACT, replaces: null, outcome: 'rejected', versionId: null, runId };
    }
    if (request.dryRun) return { ...counted, outcome: 'dry-run-ok', versionId: null, runId: null };
    return this.load(request, check, counted, now);
  }

  private alreadyLoaded(base: Pick<ImportResult, 'kind' | 'fileName' | 'sha256' | 'sizeBytes'>, before: StoredFile): ImportResult {
    const withdrawn = before.withdrawnAt
      ? [
          notice(
            'WITHDRAWN_BEFORE',
            `Versie ${before.id} met precies deze inhoud is op ${before.withdrawnAt.toISOString().slice(0, 10)} ingetrokken; haar cijfers tellen niet mee en dit bestand wordt niet opnieuw geladen.`,
            `Version ${before.id}, with exactly this content, was withdrawn on ${before.withdrawnAt.toISOString().slice(0, 10)}; its figures do not count and this file is not loaded again.`,
          ),
        ]
      : [];
    return {
      ...base,
      outcome: 'already-loaded',
      demo: before.demo,
      issues: [],
      issuesTruncated: false,
      notices: withdrawn,
      counts: NO_COUNTS,
      impact: NO_IMPACT,
      versionId: before.id,
      runId: before.runId,
      replaces: null,
    };
  }

  /** The stored file a new version is to replace: it exists, is of the same kind and still counts. */
  private async replaceable(kind: SpecifiedUploadKind, id: string): Promise<StoredFile> {
    const file = await this.store.findById(id);
    if (!file) throw new MunicipalFileError('FILE_NOT_FOUND', `There is no uploaded file ${id} to replace.`);
    if (file.kind !== kind)
      throw new MunicipalFileError('OTHER_KIND', `Uploaded file ${id} is a ${file.kind} file; a ${kind} file cannot replace it.`);
    if (file.withdrawnAt)
      throw new MunicipalFileError('ALREADY_WITHDRAWN', `Uploaded file ${id} was withdrawn on ${file.withdrawnAt.toISOString()}.`);
    return file;
  }

  private async recordRejection(request: ImportRequest, issues: readonly FileIssue[]): Promise<string> {
    const adapter = new MunicipalFileAdapter({ outcome: 'reject', kind: request.kind, fileName: request.fileName, issues });
    return (await this.runLocked(adapter, request)).runId;
  }

  private async load(request: ImportRequest, check: CheckResult, counted: Counted, now: Date): Promise<ImportResult> {
    if (!check.mapped) throw new MunicipalFileError('CHECK_FAILED', `The check of ${request.fileName} returned no figures to load.`);
    const file: FileLoad = {
      outcome: 'load',
      kind: request.kind,
      sha256: counted.sha256,
      uploadedAt: now,
      mapped: check.mapped,
      registerMunicipality: check.registerMunicipality ? this.options.municipality : null,
    };
    const run = await this.runLocked(new MunicipalFileAdapter(file), request);
    if (run.status !== 'succeeded')
      throw new MunicipalFileError('LOAD_FAILED', `Loading ${request.fileName} failed: ${run.errorCode}: ${run.errorMessage}`, run.runId);
    // Illustrative or real is a fact about the file, stored once with it; every figure of the file inherits it.
    const stored = {
      kind: request.kind,
      name: request.fileName,
      demo: check.demo,
      sha256: counted.sha256,
      content: check.bytes,
      uploadedBy: request.uploadedBy,
      uploadedAt: now,
      runId: run.runId,
    };
    const reason = request.replaces?.reason?.trim() || `Vervangen door ${request.fileName} / replaced by ${request.fileName}`;
    const replacing = counted.replaces ? { id: counted.replaces.versionId, by: request.uploadedBy, at: now, reason } : null;
    const { id, replaced } = await this.store.insert(stored, replacing);
    const counts = { ...counted.counts, inserted: run.rowsInserted, unchanged: run.rowsUnchanged };
    if (id !== null) {
      const meanwhile =
        counted.replaces && !replaced
          ? [
              notice(
                'REPLACED_MEANWHILE',
                `Versie ${counted.replaces.versionId} was intussen al ingetrokken.`,
                `Version ${counted.replaces.versionId} had been withdrawn meanwhile.`,
              ),
            ]
          : [];
      const replaces = counted.replaces && replaced ? { versionId: counted.replaces.versionId, withdrawal: replaced } : null;
      return {
        ...counted,
        notices: [...counted.notices, ...meanwhile],
        counts,
        replaces,
        outcome: 'loaded',
        versionId: id,
        runId: run.runId,
      };
    }
    // The same bytes were stored by a concurrent import between our check and now: theirs is the version.
    const other = await this.store.find(request.kind, counted.sha256);
    return {
      ...counted,
      counts,
      replaces: null,
      outcome: 'already-loaded',
      versionId: other?.id ?? null,
      runId: other?.runId ?? run.runId,
    };
  }

  /** Runs the one-file adapter, waiting (in the database, writing nothing) while another import holds the lock. */
  private async runLocked(adapter: MunicipalFileAdapter, request: ImportRequest): Promise<TableRunResult> {
    const [run] = await this.runner.run(adapter, {
      trigger: request.trigger,
      tableId: request.kind,
      lockWaitMs: this.options.lockWaitMs ?? 5000,
    });
    if (!run) throw new MunicipalFileError('LOAD_FAILED', `The runner returned no result for ${request.fileName}.`);
    if (run.status === 'skipped' && run.errorCode === 'LOCKED') {
      throw new MunicipalFileError(
        'SOURCE_BUSY',
        `Another import held the lock; ${request.fileName} was not imported. Try again.`,
        run.runId,
      );
    }
    return run;
  }
}
