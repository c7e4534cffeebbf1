import { Injectable } from '@nestjs/common';
import type { AmbitionDetailResponse, AmbitionListResponse, AmbitionView, ApiLanguage, IndicatorStatusView } from '@koers/api-contracts';
import {
  AMBITIONS,
  type AmbitionDefinition,
  INDICATORS,
  getAmbition,
  indicatorsOfAmbition,
  rollUpAmbition,
  judgedRegionOf,
} from '@koers/indicators';
import { latestFigures, sparklineView } from '../indicator-data/figure.view';
import { targetView } from '../indicator-data/indicator.view';
import { rollUpView } from './roll-up.view';
import { type IndicatorResult, IndicatorResultsService } from '../indicator-data/indicator-results.service';
import { progressView, statusView } from '../indicator-data/progress.view';
import { RegionDirectoryService } from '../regions/region-directory.service';
import { RegionsException } from '../regions/regions.exception';
import { AmbitionsException } from './ambitions.exception';

/** What a card shows: the latest and the previous figure (the one rule of libs/indicators) and a yearly sparkline. */
function indicatorStatus(result: IndicatorResult, lang: ApiLanguage): IndicatorStatusView {
  const { indicator } = result;
  return {
    id: indicator.id,
    title: indicator.title[lang],
    unit: indicator.unit,
    decimals: indicator.decimals,
    ...latestFigures(result.series),
    sparkline: sparklineView(result.series),
    target: targetView(indicator.progress.target, lang),
    stale: result.progress.stale,
    coverage: result.coverage.kind,
    ...statusView(result.progress, lang),
  };
}

/** The five ambitions with their roll-up (libs/indicators `rollUpAmbition`) and their indicators' statuses. */
@Injectable()
export class AmbitionsService {
  constructor(
    private readonly results: IndicatorResultsService,
    private readonly regions: RegionDirectoryService,
  ) {}

  async list(region: string | undefined, lang: ApiLanguage): Promise<AmbitionListResponse> {
    await this.assertRegion(region);
    const code = region ?? this.regions.municipality;
    // Every indicator at once: one read of the observations for all five ambitions.
    const all = await this.results.forIndicators(INDICATORS, (i) => region ?? judgedRegionOf(i, this.regions.municipality));
    const data = AMBITIONS.map((ambition) =>
      this.view(
        ambition,
        all.filter((r) => r.indicator.ambition === ambition.id),
        code,
        lang,
      ),
    );
    return { region: await this.regions.ref(code), data };
  }

  async detail(id: string, region: string | undefined, lang: ApiLanguage): Promise<AmbitionDetailResponse> {
    const ambition = getAmbition(id);
    if (!ambition) throw AmbitionsException.notFound(id);
    await this.assertRegion(region);
    const code = region ?? this.regions.municipality;
    const results = await this.judge(ambition, region);
    const { indicators: _statuses, ...view } = this.view(ambition, results, code, lang);
    const indicators = results.map((result) => ({ ...indicatorStatus(result, lang), progress: progressView(result.progress, lang) }));
    return { ...view, region: await this.regions.ref(code), indicators };
  }

  private judge(ambition: AmbitionDefinition, region: string | undefined): Promise<IndicatorResult[]> {
    return this.results.forIndicators(indicatorsOfAmbition(ambition.id), (i) => region ?? judgedRegionOf(i, this.regions.municipality));
  }

  private view(ambition: AmbitionDefinition, results: readonly IndicatorResult[], region: string, lang: ApiLanguage): AmbitionView {
    const rollUp = rollUpAmbition(
      ambition.id,
      region,
      results.map((r) => r.progress),
    );
    return {
      id: ambition.id,
      title: ambition.title[lang],
      description: ambition.description[lang],
      policy: { citation: ambition.policy.citation, quote: ambition.policy.quote },
      rollUp: rollUpView(rollUp, lang),
      indicators: results.map((result) => indicatorStatus(result, lang)),
    };
  }

  private async assertRegion(region: string | undefined): Promise<void> {
    if (region !== undefined && !(await this.regions.get(region))) throw RegionsException.notFound(region);
  }
}
