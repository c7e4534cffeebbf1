import { INDICATOR_DOWNLOAD_COLUMNS } from '@koers/api-contracts';
import { INDICATORS, roundTo } from '@koers/indicators';
import type { IndicatorResult, IndicatorResultsService } from '../indicator-data/indicator-results.service';
import type { ObservationReaderService } from '../indicator-data/observation-reader.service';
import type { RegionRecord } from '../regions/region-directory.service';
import { type BatchOptions, type Cell, type ColumnBatch, type ColumnSpec, describeColumns } from '../tabular/tabular.types';

/** The columns of the indicator download. */
export const INDICATOR_EXPORT_COLUMNS: readonly ColumnSpec[] = describeColumns(INDICATOR_DOWNLOAD_COLUMNS, {
  indicator: ['string', 'Indicator id of the Koers catalogue'],
  ambition: ['string', 'Ambition id'],
  region: ['string', 'CBS region code'],
  region_name: ['string', 'Region name'],
  region_level: ['string', 'land, provincie, gemeente, wijk, buurt, …'],
  period: ['string', 'CBS period code (2024JJ00, 2024KW01, 2024MM06)'],
  year: ['integer', 'Year of the period'],
  value: [
    'number',
    'Indicator value; empty when missing (never 0 for missing). The Dutch Excel CSV rounds it to the decimals the indicator is shown with',
  ],
  unit: ['string', 'Unit of the indicator'],
  status: [
    'string',
    'Progress status of the indicator for the region (libs/indicators), on the row of the latest period it judges; empty on the earlier rows',
  ],
  provisional: ['boolean', 'True when a figure the value was computed from is provisional'],
  missing_reason: ['string', 'Why the value is missing'],
  demo: ['boolean', 'True when the value comes from an illustrative (voorbeelddata) file: never a real figure'],
  evidence: ['string', 'The weakest evidence level of the figures read: cbs, cbs-export, third-party, transcribed, municipal'],
  sources: ['string', 'The tables the value came from (provider:tableId), separated by spaces'],
});

const REGIONS_PER_BATCH = 200;

function emptyColumns(): Cell[][] {
  return INDICATOR_EXPORT_COLUMNS.map(() => []);
}

/** The period a result's status is about: the latest figure the judgement used, else the series' last. */
function judgedPeriod(result: IndicatorResult): string | null {
  return result.progress.explanation.latest?.period ?? result.series.points.at(-1)?.period ?? null;
}

/**
 * Every indicator × region × period in long format, computed through libs/indicators a chunk of regions at a
 * time: only one chunk's inputs and rows are in memory at once. Regions without data give no rows. The status
 * stands once per indicator and region, on the row of the period it judges.
 */
export async function* indicatorBatches(
  regions: readonly RegionRecord[],
  reader: ObservationReaderService,
  results: IndicatorResultsService,
  options: BatchOptions = { rounded: false },
): AsyncGenerator<ColumnBatch> {
  for (let i = 0; i < regions.length; i += REGIONS_PER_BATCH) {
    const chunk = regions.slice(i, i + REGIONS_PER_BATCH);
    const inputs = new Map((await reader.readUncached(chunk.map((r) => r.code))).map((entry) => [entry.region, entry]));
    const computed = INDICATORS.map((indicator) => results.compute(indicator, inputs));
    const columns = emptyColumns();
    let length = 0;
    for (const region of chunk) {
      for (const byRegion of computed) {
        const result = byRegion.get(region.code)!;
        const { indicator } = result;
        const judged = judgedPeriod(result);
        for (const point of result.series.points) {
          const sources = point.sources && point.sources.length > 0 ? point.sources.join(' ') : null;
          const value = point.value !== null && options.rounded ? roundTo(point.value, indicator.decimals) : point.value;
          const row: Cell[] = [
            indicator.id,
            indicator.ambition,
            region.code,
            region.name,
            region.level,
            point.period,
            point.year,
            value,
            indicator.unit,
            point.period === judged ? result.progress.status : null,
            point.provisional,
            point.missingReason ?? null,
            point.demo === true,
            point.evidence ?? null,
            sources,
          ];
          row.forEach((cell, c) => columns[c]!.push(cell));
          length++;
        }
      }
    }
    yield { length, columns };
  }
}
