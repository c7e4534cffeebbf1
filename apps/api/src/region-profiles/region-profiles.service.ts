import { Injectable } from '@nestjs/common';
import type { ApiLanguage, ProfileIndicatorView, RegionProfileResponse } from '@koers/api-contracts';
import { INDICATORS, type IndicatorDefinition, type Level, profileFigure } from '@koers/indicators';
import { IndicatorResultsService } from '../indicator-data/indicator-results.service';
import { ObservationReaderService } from '../indicator-data/observation-reader.service';
import { statusView } from '../indicator-data/progress.view';
import { RegionDirectoryService } from '../regions/region-directory.service';
import { RegionsException } from '../regions/regions.exception';

const NO_VERDICT = new Set(['not_available', 'no_data']);

/** The profile of a wijk or buurt: every indicator that exists at its level, as a share or rate beside the city's. */
@Injectable()
export class RegionProfilesService {
  constructor(
    private readonly regions: RegionDirectoryService,
    private readonly reader: ObservationReaderService,
    private readonly results: IndicatorResultsService,
  ) {}

  async profile(code: string, lang: ApiLanguage): Promise<RegionProfileResponse> {
    const region = await this.regions.get(code);
    if (!region) throw RegionsException.notFound(code);
    const municipality = this.regions.municipality;
    const level = region.level as Level;
    const indicators = INDICATORS.filter((i) => i.levels.includes(level));
    // Every measure: a profile's share or ratio reads measures the indicator itself does not.
    const inputs = await this.reader.forRegions([code, municipality]);
    const children = [...(await this.regions.all()).values()].filter((r) => r.parentCode === code);
    return {
      region: await this.regions.ref(code),
      municipality: await this.regions.ref(municipality),
      children: children.map((c) => ({ code: c.code, name: c.name, level: c.level })),
      indicators: indicators
        .map((indicator) => this.row(indicator, code, municipality, inputs, level, lang))
        .filter((row) => row.value !== null),
    };
  }

  private row(
    indicator: IndicatorDefinition,
    code: string,
    municipality: string,
    inputs: Awaited<ReturnType<ObservationReaderService['forRegions']>>,
    level: Level,
    lang: ApiLanguage,
  ): ProfileIndicatorView {
    const judged = this.results.compute(
      indicator,
      new Map([
        [code, inputs.get(code)!],
        [municipality, inputs.get(municipality)!],
      ]),
    );
    const own = judged.get(code)!;
    const city = judged.get(municipality)!;
    const figure = profileFigure(
      indicator,
      { region: code, inputs: inputs.get(code)!.inputs, series: own.series },
      { region: municipality, inputs: inputs.get(municipality)!.inputs, series: city.series },
    );
    return {
      id: indicator.id,
      ambition: indicator.ambition,
      title: indicator.title[lang],
      shown: figure.shown,
      label: figure.label?.[lang] ?? null,
      unit: figure.unit,
      decimals: figure.decimals,
      period: figure.area?.period ?? null,
      year: figure.area?.year ?? null,
      value: figure.area?.value ?? null,
      demo: figure.area?.demo === true,
      municipalityValue: figure.municipality?.value ?? null,
      count: figure.count?.value ?? null,
      status: NO_VERDICT.has(own.progress.status) ? null : statusView(own.progress, lang),
      buurtLevel: level === 'wijk' && indicator.levels.includes('buurt'),
    };
  }
}
