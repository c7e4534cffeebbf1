import { KWB_TABLES, tryParsePeriod } from '@koers/indicators';
import { TableSkipped } from '@koers/loading';
import { measureKey } from '@koers/loading';
import type { ObservationInput, RegionInput, TableSink } from '@koers/loading';
import type { TableJob } from '@koers/loading';
import type { CbsMappingResult, CbsObservation, CbsTableVersion } from '../shared/cbs.types';
import { assertStillPublished, assertUnitsUnchanged, resolveMeasures } from './cbs-drift';
import { RegionScope, regionsInScope, toRegionInput } from './cbs-region-scope';
import type { RegistryTable } from './cbs-registry';
import { LoadMeasure, buildSelection, onDemandMeasures, registryMeasures } from './cbs-selection.builder';
import type { CbsTableReader, CbsTableShape } from './cbs-table.reader';
import { parseCbsTimestamp } from './cbs-timestamp';

/** A registry table, or a table an analyst asked for by id with optional fixed codes on its dimensions. */
export type CbsTablePlan =
  | { readonly kind: 'registry'; readonly table: RegistryTable }
  | { readonly kind: 'on-demand'; readonly tableId: string; readonly dimensions: Readonly<Record<string, string>> };

export interface CbsJobOptions {
  /** Load even when CBS reports the same Modified date as the last load. */
  readonly force: boolean;
  /** Every region of the table instead of the configured scope. */
  readonly allRegions: boolean;
}

const NATIONAL: RegionInput = { code: 'NL01', name: 'Nederland', level: 'land', parentCode: null, boundaryYear: null };

interface PeriodDates {
  readonly start: string;
  readonly end: string;
}

/** One CBS table: version → drift checks → regions and measures → observations streamed page by page. */
export class CbsTableJob implements TableJob {
  /** By period code: a table has few periods and many observations in each, so each code is parsed once. */
  private readonly periodDates = new Map<string, PeriodDates | null>();

  constructor(
    readonly tableId: string,
    private readonly reader: CbsTableReader,
    private readonly plan: CbsTablePlan,
    private readonly scope: RegionScope,
    private readonly options: CbsJobOptions,
  ) {}

  async load(sink: TableSink): Promise<void> {
    const version = await this.reader.version();
    assertStillPublished(version, this.plan.kind === 'registry' ? this.plan.table.successor : null);
    const provider = this.reader.api === 'v3' ? 'cbs-v3' : 'cbs-v4';
    const previous = await sink.previous(provider, this.tableId);
    if (!this.options.force && previous?.latestVersion === version.modified) {
      throw new TableSkipped('NOT_MODIFIED', `${this.tableId} is unchanged at CBS since ${version.modified}.`);
    }
    const shape = await this.reader.shape();
    const measures = this.measuresOf(version.tableId, shape);
    assertUnitsUnchanged(
      this.tableId,
      measures.map((m) => ({ ...m, keyStem: null })),
      previous?.measures ?? [],
    );
    await sink.table(this.tableInput(version, provider));
    const regionCodes = await this.loadRegions(sink, shape);
    await sink.measures(
      measures.map((m) => ({
        sourceKey: m.key,
        dimensions: m.dimensions,
        name: m.name,
        title: m.source.title,
        unit: m.source.unit,
        decimals: m.source.decimals,
      })),
    );
    const selection = buildSelection(measures, regionCodes, shape, this.plan.kind === 'registry' ? this.plan.table.periodKinds : null);
    const wanted = new Set(measures.map((m) => measureKey(m.key, m.dimensions)));
    for await (const page of this.reader.pages(selection)) await this.loadPage(sink, page, wanted);
  }

  /** Named with the id as CBS spells it, so a table asked for as `03759NED` or `03759ned` names its measures alike. */
  private measuresOf(canonicalId: string, shape: CbsTableShape): LoadMeasure[] {
    if (this.plan.kind === 'on-demand') return onDemandMeasures(canonicalId, shape, this.plan.dimensions);
    return registryMeasures(canonicalId, resolveMeasures(this.tableId, this.plan.table.measures, shape), shape);
  }

  private tableInput(version: CbsTableVersion, provider: 'cbs-v3' | 'cbs-v4') {
    return {
      provider,
      tableId: version.tableId,
      title: version.title,
      publishedAt: parseCbsTimestamp(version.modified),
      publicationVersion: version.modified,
      status: version.status === 'discontinued' ? ('discontinued' as const) : ('active' as const),
      successorTableId: this.plan.kind === 'registry' ? this.plan.table.successor : null,
      frequency: version.rawStatus['Frequency'] ?? null,
      evidence: 'cbs' as const,
      file: null,
    };
  }

  /** Regions in scope; a table without a region dimension is national (the mapper assigns NL01). */
  private async loadRegions(sink: TableSink, shape: CbsTableShape): Promise<string[] | undefined> {
    if (shape.regions.length === 0) {
      await sink.regions([NATIONAL]);
      return undefined;
    }
    const boundaryYear = KWB_TABLES.find((kwb) => kwb.tableId.toUpperCase() === this.tableId.toUpperCase())?.year ?? null;
    const regions = this.options.allRegions ? shape.regions : regionsInScope(shape.regions, this.scope);
    await sink.regions(regions.map((region) => toRegionInput(region, boundaryYear)));
    // All regions: no region filter at all, so large tables stream through the Feed in whole pages.
    return this.options.allRegions ? undefined : regions.map((region) => region.code);
  }

  private async loadPage(sink: TableSink, page: CbsMappingResult, wanted: ReadonlySet<string>): Promise<void> {
    const batch: ObservationInput[] = [];
    for (const observation of page.observations) {
      if (!wanted.has(measureKey(observation.measureKey, observation.dimensions))) continue;
      const dates = this.datesOf(observation.periodCode);
      if (dates) batch.push(toObservationInput(observation, dates));
      else
        sink.reject([
          {
            location: `${this.tableId}:${observation.sourceRowKey}`,
            rawValue: observation.periodCode,
            reason: 'period without calendar dates',
          },
        ]);
    }
    sink.reject(
      page.rejected.map((row) => ({
        location: `${row.tableId}:${row.sourceRowKey}${row.field ? `:${row.field}` : ''}`,
        rawValue: row.rawValue,
        reason: row.reason,
      })),
    );
    await sink.observations(batch);
  }

  private datesOf(periodCode: string): PeriodDates | null {
    let dates = this.periodDates.get(periodCode);
    if (dates === undefined) {
      const period = tryParsePeriod(periodCode);
      dates = period?.startDate && period.endDate ? { start: period.startDate, end: period.endDate } : null;
      this.periodDates.set(periodCode, dates);
    }
    return dates;
  }
}

function toObservationInput(observation: CbsObservation, dates: PeriodDates): ObservationInput {
  return {
    sourceKey: observation.measureKey,
    dimensions: observation.dimensions,
    regionCode: observation.regionCode,
    periodCode: observation.periodCode,
    periodStart: dates.start,
    periodEnd: dates.end,
    value: observation.value,
    missingReason: observation.missingReason,
    status: observation.status,
  };
}
