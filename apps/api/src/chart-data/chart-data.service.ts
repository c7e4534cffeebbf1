import { Injectable } from '@nestjs/common';
import type { ChartDataFormat, ComparisonSeries, IndicatorDetailResponse } from '@koers/api-contracts';
import { DataVersionService } from '../cache/data-version.service';
import { languageOf } from '../common/lang-query.dto';
import { ValidationException } from '../common/validation.exception';
import { IndicatorsService } from '../indicators/indicators.service';
import { RegionDirectoryService } from '../regions/region-directory.service';
import { RegionsException } from '../regions/regions.exception';
import type { ChartDataQueryDto } from './dto/chart-data-query.dto';
import { CHART_DATA_MEDIA_TYPES, chartDataCsv, chartDataXlsx, chartDataZip } from './chart-data-files.format';
import { chartDataMetadata } from './chart-data-metadata.view';
import { chartDataRows } from './chart-data-rows.view';

/** A made file: its bytes, media type and name. */
export interface ChartDataFile {
  readonly body: Uint8Array;
  readonly mediaType: string;
  readonly fileName: string;
}

/** `koers-<indicator>-<region>[-from<year>][-to<year>][-asof<date>]`: what the file holds, in its name. */
function baseNameOf(detail: IndicatorDetailResponse, query: ChartDataQueryDto): string {
  const parts = ['koers', detail.indicator.id, detail.region.code];
  if (query.from !== undefined) parts.push(`from${query.from}`);
  if (query.to !== undefined) parts.push(`to${query.to}`);
  if (query.asOf !== undefined) parts.push(`asof${query.asOf}`);
  return parts.join('-');
}

/**
 * The figures of an indicator chart as a file: the same `GET /indicators/:id` answer the page draws, for the same
 * region, years and data date, with the regions the chart shows beside it.
 */
@Injectable()
export class ChartDataService {
  constructor(
    private readonly indicators: IndicatorsService,
    private readonly regions: RegionDirectoryService,
    private readonly versions: DataVersionService,
  ) {}

  async file(id: string, query: ChartDataQueryDto): Promise<ChartDataFile> {
    const lang = languageOf(query);
    const detail = await this.indicators.detail(id, { region: query.region, from: query.from, to: query.to, asOf: query.asOf, lang });
    const compared = await this.compared(detail, query.peers);
    const rows = chartDataRows(detail, compared);
    const format: ChartDataFormat = query.format ?? 'csv';
    const baseName = baseNameOf(detail, query);
    const file = (body: Uint8Array, extension: string): ChartDataFile => ({
      body,
      mediaType: CHART_DATA_MEDIA_TYPES[format],
      fileName: `${baseName}.${extension}`,
    });
    if (format === 'csv') return file(chartDataCsv(rows), 'csv');
    const metadata = chartDataMetadata(detail, compared, {
      lang,
      from: query.from ?? null,
      to: query.to ?? null,
      asOf: query.asOf ?? null,
      publisher: (await this.regions.ref(this.regions.municipality)).name ?? this.regions.municipality,
      baseName,
      generatedAt: new Date().toISOString(),
      dataVersion: await this.versions.current(),
    });
    return format === 'xlsx'
      ? file(await chartDataXlsx(rows, metadata, lang), 'xlsx')
      : file(chartDataZip(rows, metadata, baseName, lang), 'zip');
  }

  /**
   * The comparison series `peers` names, in the order the indicator lists them: a code Koers does not know is 404
   * (as in every filter), a known region this chart does not show beside its own is 400 naming the ones it can.
   */
  private async compared(detail: IndicatorDetailResponse, peers: string | undefined): Promise<ComparisonSeries[]> {
    const asked = new Set(peers === undefined ? [] : peers.split(','));
    const known = new Set(detail.comparisons.map((c) => c.region.code));
    for (const code of asked) {
      if (known.has(code)) continue;
      if (!(await this.regions.get(code))) throw RegionsException.notFound(code);
      const list = [...known].join(', ');
      const name = detail.region.name ?? detail.region.code;
      throw new ValidationException('peers', {
        nl: `${code} staat niet naast ${name} in deze grafiek; mogelijk zijn ${list}`,
        en: `${code} is not shown beside ${name} in this chart; possible are ${list}`,
      });
    }
    return detail.comparisons.filter((c) => asked.has(c.region.code));
  }
}
