import { basename } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { type RunTrigger } from '@koers/db';
import { SourceRunner } from '@koers/loading';
import { isMeasureName } from '@koers/indicators';
import type { MappedFile } from './file-observation.mapper';
import { FileSourceError, type FileProblem } from './file-source.exception';
import { FileSourcesAdapter } from './file-sources.adapter';
import { mapDescribedFile } from './file-table.job';
import { KNOWN_REGIONS, type KnownRegions } from './known-regions.store';
import { type DescribedFile, readDescribedFile } from './manifest-folder.parser';

export type FileImportOutcome = 'valid' | 'invalid' | 'loaded' | 'failed';

/** What an import (or its dry run) found and did, for the CLI to print. */
export interface FileImportReport {
  readonly file: string;
  readonly manifest: string;
  readonly tableId: string | null;
  readonly outcome: FileImportOutcome;
  readonly dryRun: boolean;
  readonly counts: {
    readonly figures: number;
    readonly missing: number;
    readonly measures: number;
    readonly catalogueMeasures: number;
    readonly newRegions: number;
    readonly skippedRegions: number;
    readonly duplicatesCollapsed: number;
    readonly inserted: number | null;
    readonly unchanged: number | null;
  };
  readonly periods: readonly string[];
  readonly regions: readonly string[];
  readonly skippedRegions: readonly string[];
  /** Catalogue measure names the file feeds. */
  readonly feeds: readonly string[];
  readonly problems: readonly FileProblem[];
  readonly runId: string | null;
}

const sorted = (values: Iterable<string>) => [...new Set(values)].sort();

function reportOf(described: DescribedFile, mapped: MappedFile, dryRun: boolean): FileImportReport {
  const catalogue = mapped.measures.filter((m) => isMeasureName(m.name));
  return {
    file: basename(described.filePath),
    manifest: described.manifestPath,
    tableId: described.manifest.table.id,
    outcome: mapped.problems.length > 0 ? 'invalid' : 'valid',
    dryRun,
    counts: {
      figures: mapped.observations.length,
      missing: mapped.observations.filter((o) => o.value === null).length,
      measures: mapped.measures.length,
      catalogueMeasures: catalogue.length,
      newRegions: mapped.regions.length,
      skippedRegions: mapped.skippedRegions.length,
      duplicatesCollapsed: mapped.duplicatesCollapsed,
      inserted: null,
      unchanged: null,
    },
    periods: sorted(mapped.observations.map((o) => o.periodCode)),
    regions: sorted(mapped.observations.map((o) => o.regionCode)),
    skippedRegions: mapped.skippedRegions,
    feeds: sorted(catalogue.map((m) => m.name)),
    problems: mapped.problems,
    runId: null,
  };
}

function failedReport(filePath: string, manifestPath: string, error: FileSourceError, dryRun: boolean): FileImportReport {
  const problem: FileProblem = { file: basename(filePath), row: null, column: null, value: null, message: error.message };
  const counts = {
    figures: 0,
    missing: 0,
    measures: 0,
    catalogueMeasures: 0,
    newRegions: 0,
    skippedRegions: 0,
    duplicatesCollapsed: 0,
    inserted: null,
    unchanged: null,
  };
  return {
    file: basename(filePath),
    manifest: manifestPath,
    tableId: null,
    outcome: 'invalid',
    dryRun,
    counts,
    periods: [],
    regions: [],
    skippedRegions: [],
    feeds: [],
    problems: [problem],
    runId: null,
  };
}

/**
 * An analyst's file with its manifest: checked and mapped (a dry run stores nothing, not even a run row), then
 * loaded through the `files` source's runner when it is clean. Its table may be one the catalogue does not list.
 */
@Injectable()
export class FileImportService {
  constructor(
    @Inject(KNOWN_REGIONS) private readonly regions: KnownRegions,
    private readonly runner: SourceRunner,
  ) {}

  async importFile(
    filePath: string,
    manifestPath: string,
    options: { readonly dryRun: boolean; readonly trigger: RunTrigger },
  ): Promise<FileImportReport> {
    let described: DescribedFile;
    let mapped: MappedFile;
    try {
      described = await readDescribedFile(manifestPath, filePath);
      mapped = await mapDescribedFile(described, this.regions);
    } catch (error) {
      if (error instanceof FileSourceError) return failedReport(filePath, manifestPath, error, options.dryRun);
      throw error;
    }
    const report = reportOf(described, mapped, options.dryRun);
    if (options.dryRun || report.outcome === 'invalid') return report;
    const adapter = new FileSourcesAdapter({ files: [{ manifestPath, filePath }] }, this.regions);
    const [result] = await this.runner.run(adapter, { trigger: options.trigger });
    if (!result || result.status !== 'succeeded') {
      const problem: FileProblem = {
        file: report.file,
        row: null,
        column: null,
        value: null,
        message: result?.errorMessage ?? 'the run did not start',
      };
      return { ...report, outcome: 'failed', problems: [problem], runId: result?.runId ?? null };
    }
    return {
      ...report,
      outcome: 'loaded',
      counts: { ...report.counts, inserted: result.rowsInserted, unchanged: result.rowsUnchanged },
      runId: result.runId,
    };
  }
}
