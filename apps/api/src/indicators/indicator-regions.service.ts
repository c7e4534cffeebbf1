import { Injectable } from '@nestjs/common';
import type { ApiLanguage, IndicatorRegionsResponse, RegionValueView } from '@koers/api-contracts';
import { type IndicatorDefinition, comparePeriods } from '@koers/indicators';
import { periodCodeOf } from '../common/period.validator';
import { ValidationException } from '../common/validation.exception';
import { type IndicatorResult, IndicatorResultsService } from '../indicator-data/indicator-results.service';
import { statusView } from '../indicator-data/progress.view';
import { RegionDirectoryService } from '../regions/region-directory.service';
import { indicatorOr404 } from './indicators.service';

export type ComparisonLevel = IndicatorRegionsResponse['level'];

function valuedPeriods(results: Iterable<IndicatorResult>): string[] {
  const periods = new Set<string>();
  for (const result of results) for (const point of result.series.points) if (point.value !== null) periods.add(point.period);
  return [...periods].sort(comparePeriods);
}

/** One indicator across the wijken or buurten of the municipality, or across the municipality and its peers. */
@Injectable()
export class IndicatorRegionsService {
  constructor(
    private readonly results: IndicatorResultsService,
    private readonly regions: RegionDirectoryService,
  ) {}

  async compare(id: string, level: ComparisonLevel, period: string | undefined, lang: ApiLanguage): Promise<IndicatorRegionsResponse> {
    const indicator = indicatorOr404(id);
    this.assertLevel(indicator, level);
    const codes = await this.codesAt(level);
    const results = await this.results.forRegions(indicator, codes);
    const periods = valuedPeriods(results.values());
    // The DTO let only periods through that periodCodeOf reads.
    const chosen = period !== undefined ? periodCodeOf(period) : (periods.at(-1) ?? null);
    const regions = await Promise.all(codes.map((code) => this.valueAt(results.get(code)!, chosen, lang)));
    return { indicatorId: indicator.id, title: indicator.title[lang], unit: indicator.unit, level, period: chosen, periods, regions };
  }

  private assertLevel(indicator: IndicatorDefinition, level: ComparisonLevel): void {
    if (level === 'peer' || indicator.levels.includes(level)) return;
    throw new ValidationException('level', {
      nl: `indicator ${indicator.id} bestaat niet per ${level} (wel per ${indicator.levels.join(', ')})`,
      en: `indicator ${indicator.id} is not published per ${level} (only per ${indicator.levels.join(', ')})`,
    });
  }

  private async codesAt(level: ComparisonLevel): Promise<string[]> {
    if (level === 'peer') return [this.regions.municipality, ...this.regions.peers];
    return (await this.regions.partsOfMunicipality(level)).map((region) => region.code);
  }

  private async valueAt(result: IndicatorResult, period: string | null, lang: ApiLanguage): Promise<RegionValueView> {
    const point = period === null ? undefined : result.series.points.find((p) => p.period === period);
    return {
      region: await this.regions.ref(result.region),
      value: point?.value ?? null,
      provisional: point?.provisional ?? false,
      missingReason: point === undefined ? null : (point.missingReason ?? null),
      ...statusView(result.progress, lang),
    };
  }
}
