import { Injectable } from '@nestjs/common';
import type { ApiLanguage, CoverageAmbitionView, CoverageIndicatorView, CoverageResponse } from '@koers/api-contracts';
import { AMBITIONS, type CoverageKind, INDICATORS, whyNoVerdict, judgedRegionOf } from '@koers/indicators';
import { type IndicatorResult, IndicatorResultsService } from '../indicator-data/indicator-results.service';
import { RegionDirectoryService } from '../regions/region-directory.service';

const KINDS: readonly CoverageKind[] = ['verdict', 'real', 'demo-only', 'none'];

function countsOf(kinds: readonly CoverageKind[]): Record<CoverageKind, number> {
  return Object.fromEntries(KINDS.map((kind) => [kind, kinds.filter((k) => k === kind).length])) as Record<CoverageKind, number>;
}

function indicatorView(result: IndicatorResult, lang: ApiLanguage): CoverageIndicatorView {
  const real = result.series.points.filter((p) => p.value !== null && p.demo !== true);
  const reason = result.coverage.reasons[0]?.text[lang] ?? whyNoVerdict(result.progress)?.[lang] ?? null;
  return {
    id: result.indicator.id,
    title: result.indicator.title[lang],
    kind: result.coverage.kind,
    reason,
    sources: [...new Set(real.flatMap((p) => p.sources ?? []))].sort(),
    years: [...new Set(real.map((p) => p.year))].sort((a, b) => a - b),
  };
}

/**
 * Per ambition, how many indicators have a verdict on real figures, real figures only, only voorbeelddata, or
 * nothing, each with its first reason: what management and analysts check before trusting the overview.
 */
@Injectable()
export class CoverageService {
  constructor(
    private readonly results: IndicatorResultsService,
    private readonly regions: RegionDirectoryService,
  ) {}

  async overview(lang: ApiLanguage): Promise<CoverageResponse> {
    const all = await this.results.forIndicators(INDICATORS, (i) => judgedRegionOf(i, this.regions.municipality));
    const data = AMBITIONS.map((ambition): CoverageAmbitionView => {
      const results = all.filter((r) => r.indicator.ambition === ambition.id);
      return {
        id: ambition.id,
        title: ambition.title[lang],
        counts: countsOf(results.map((r) => r.coverage.kind)),
        indicators: results.map((r) => indicatorView(r, lang)),
      };
    });
    return { region: await this.regions.ref(this.regions.municipality), totals: countsOf(all.map((r) => r.coverage.kind)), data };
  }
}
