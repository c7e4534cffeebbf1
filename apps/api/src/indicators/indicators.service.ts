import { Injectable } from '@nestjs/common';
import type { ApiLanguage, ComparisonSeries, IndicatorDetailResponse, IndicatorListResponse } from '@koers/api-contracts';
import {
  INDICATORS,
  type IndicatorDefinition,
  type Level,
  type LineagePoint,
  getIndicator,
  periodYear,
  targetPath,
  judgedRegionOf,
} from '@koers/indicators';
import { EvaluationDateService } from '../cache/evaluation-date.service';
import { ValidationException } from '../common/validation.exception';
import { coverageView } from '../indicator-data/coverage.view';
import { latestFigures } from '../indicator-data/figure.view';
import { breaksView, indicatorView, inYears, lineageView, seriesView, targetView } from '../indicator-data/indicator.view';
import { type IndicatorResult, IndicatorResultsService, type JudgeOptions } from '../indicator-data/indicator-results.service';
import { progressView, statusView } from '../indicator-data/progress.view';
import { UploadedFilesService } from '../indicator-data/uploaded-files.service';
import { RegionDirectoryService } from '../regions/region-directory.service';
import { RegionsException } from '../regions/regions.exception';
import { IndicatorsException } from './indicators.exception';

export interface DetailRequest {
  readonly region?: string;
  readonly from?: number;
  readonly to?: number;
  /** The figures as published on this day (YYYY-MM-DD), judged as of that day. */
  readonly asOf?: string;
  readonly lang: ApiLanguage;
}

/** The indicator or a 404 naming it. */
export function indicatorOr404(id: string): IndicatorDefinition {
  const indicator = getIndicator(id);
  if (!indicator) throw IndicatorsException.notFound(id);
  return indicator;
}

function lastUpdated(lineage: readonly LineagePoint[]): IndicatorDetailResponse['lastUpdated'] {
  if (lineage.length === 0) return null;
  const loadedAt = Math.max(...lineage.map((p) => p.loadedAt.getTime()));
  const publishedAt = Math.max(...lineage.map((p) => p.publishedAt.getTime()));
  return { loadedAt: new Date(loadedAt).toISOString(), publishedAt: new Date(publishedAt).toISOString() };
}

@Injectable()
export class IndicatorsService {
  constructor(
    private readonly results: IndicatorResultsService,
    private readonly regions: RegionDirectoryService,
    private readonly files: UploadedFilesService,
    private readonly dates: EvaluationDateService,
  ) {}

  list(ambition: string | undefined, level: Level | undefined, lang: ApiLanguage): IndicatorListResponse {
    const matching = INDICATORS.filter(
      (i) => (ambition === undefined || i.ambition === ambition) && (level === undefined || i.levels.includes(level)),
    );
    return { data: matching.map((indicator) => indicatorView(indicator, this.regions.municipality, lang)) };
  }

  async detail(id: string, request: DetailRequest): Promise<IndicatorDetailResponse> {
    const indicator = indicatorOr404(id);
    const code = await this.regionOf(indicator, request.region);
    const comparisons = this.comparisonRegions(indicator, code);
    const results = await this.results.forRegions(indicator, [code, ...comparisons.map((c) => c.code)], this.judgeOptions(request));
    const main = results.get(code)!;
    const lineage = main.lineage.filter((p) => inYears(periodYear(p.period), request.from, request.to));
    const files = await this.files.of(lineage);
    return {
      indicator: indicatorView(indicator, this.regions.municipality, request.lang),
      region: await this.regions.ref(code),
      status: main.progress.status,
      ...latestFigures(main.series),
      series: seriesView(main.series, main.lineage, request.from, request.to),
      target: targetView(indicator.progress.target, request.lang),
      trajectory: targetPath(indicator.progress, main.progress.explanation).filter((p) => inYears(p.year, request.from, request.to)),
      progress: progressView(main.progress, request.lang),
      comparisons: await Promise.all(comparisons.map((c) => this.comparison(results.get(c.code)!, c.role, request))),
      lineage: lineageView(lineage, files),
      lastUpdated: lastUpdated(main.lineage),
      coverage: coverageView(main.coverage, request.lang),
      breaks: breaksView(main.series, request.lang),
    };
  }

  /** The figures as published now, or on `asOf` and judged as of that day; 400 for years or a day that cannot be. */
  private judgeOptions(request: DetailRequest): JudgeOptions {
    if (request.from !== undefined && request.to !== undefined && request.from > request.to) {
      throw new ValidationException('to', { nl: `ligt voor from (${request.from})`, en: `is before from (${request.from})` });
    }
    if (request.asOf === undefined) return {};
    if (request.asOf > this.dates.today())
      throw new ValidationException('asOf', { nl: `${request.asOf} ligt in de toekomst`, en: `${request.asOf} is in the future` });
    return { asOf: request.asOf, evaluationDate: request.asOf };
  }

  /** The region asked for (404 when unknown), else the indicator's headline region or the municipality. */
  private async regionOf(indicator: IndicatorDefinition, asked: string | undefined): Promise<string> {
    if (asked === undefined) return judgedRegionOf(indicator, this.regions.municipality);
    if (!(await this.regions.get(asked))) throw RegionsException.notFound(asked);
    return asked;
  }

  private comparisonRegions(indicator: IndicatorDefinition, code: string): { code: string; role: ComparisonSeries['role'] }[] {
    const list: { code: string; role: ComparisonSeries['role'] }[] = [
      { code: this.regions.municipality, role: 'municipality' },
      ...this.regions.peers.map((peer) => ({ code: peer, role: 'peer' as const })),
      ...(indicator.benchmarkRegions ?? []).map((benchmark) => ({ code: benchmark, role: 'benchmark' as const })),
    ];
    return list.filter((entry, index) => entry.code !== code && list.findIndex((e) => e.code === entry.code) === index);
  }

  private async comparison(result: IndicatorResult, role: ComparisonSeries['role'], request: DetailRequest): Promise<ComparisonSeries> {
    return {
      region: await this.regions.ref(result.region),
      role,
      series: seriesView(result.series, result.lineage, request.from, request.to),
      progress: statusView(result.progress, request.lang),
    };
  }
}
