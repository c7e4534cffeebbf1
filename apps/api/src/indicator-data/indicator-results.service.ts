import { Injectable } from '@nestjs/common';
import {
  type IndicatorCoverage,
  type IndicatorDefinition,
  type LineagePoint,
  type RegionInputs,
  type ProgressResult,
  type Series,
  computeIndicatorForRegions,
  cutAtYear,
  evaluateProgressForRegions,
  indicatorCoverage,
  periodYear,
} from '@koers/indicators';
import { EvaluationDateService } from '../cache/evaluation-date.service';
import { ObservationReaderService } from './observation-reader.service';

/** An indicator computed and judged for one region, with the lineage of the figures it read. */
export interface IndicatorResult {
  readonly indicator: IndicatorDefinition;
  readonly region: string;
  readonly series: Series;
  readonly progress: ProgressResult;
  /** Per input measure and period, where the figure came from. */
  readonly lineage: readonly LineagePoint[];
  /** What the indicator shows for the region (a verdict, real figures, only voorbeelddata, nothing) and why. */
  readonly coverage: IndicatorCoverage;
}

/** Every lineage point of the indicator's inputs in one region, by measure then period. */
function lineageOf(indicator: IndicatorDefinition, inputs: RegionInputs): LineagePoint[] {
  return indicator.inputs.flatMap((measure) => [...(inputs.lineage.get(measure)?.values() ?? [])]);
}

/**
 * How a judgement is made: on the figures as published now, or as published on a day (`asOf`, a council report's
 * peildatum); on the whole series, or on the series cut at a year (`untilYear`, the report year); out of date as of
 * `evaluationDate` (default today).
 */
export interface JudgeOptions {
  readonly asOf?: string;
  readonly untilYear?: number;
  readonly evaluationDate?: string;
}

/** The lineage up to a year. */
function lineageUntil(lineage: readonly LineagePoint[], year: number | undefined): LineagePoint[] {
  return year === undefined ? [...lineage] : lineage.filter((p) => periodYear(p.period) <= year);
}

/**
 * Computes indicators through libs/indicators: values with `computeIndicatorForRegions`, judgements with
 * `evaluateProgressForRegions`. The API only reads the inputs and shapes the results.
 */
@Injectable()
export class IndicatorResultsService {
  constructor(
    private readonly reader: ObservationReaderService,
    private readonly dates: EvaluationDateService,
  ) {}

  /** One indicator for several regions (the municipality, its peers, its wijken), as published now or on `asOf`. */
  async forRegions(
    indicator: IndicatorDefinition,
    regions: readonly string[],
    options: JudgeOptions = {},
  ): Promise<Map<string, IndicatorResult>> {
    return this.compute(indicator, await this.reader.forRegions(regions, indicator.inputs, options.asOf), options);
  }

  /** Several indicators, each for its own region (an ambition overview: the headline region of each). */
  async forIndicators(
    indicators: readonly IndicatorDefinition[],
    regionOf: (indicator: IndicatorDefinition) => string,
    options: JudgeOptions = {},
  ): Promise<IndicatorResult[]> {
    const names = [...new Set(indicators.flatMap((indicator) => indicator.inputs))];
    const inputs = await this.reader.forRegions([...new Set(indicators.map(regionOf))], names, options.asOf);
    return indicators.map((indicator) => {
      const region = regionOf(indicator);
      return this.compute(indicator, new Map([[region, inputs.get(region)!]]), options).get(region)!;
    });
  }

  /** Computes from inputs already read (the bulk download reads them itself, region chunk by chunk). */
  compute(
    indicator: IndicatorDefinition,
    inputsByRegion: ReadonlyMap<string, RegionInputs>,
    options: JudgeOptions = {},
  ): Map<string, IndicatorResult> {
    const inputs = Object.fromEntries([...inputsByRegion].map(([code, regionInputs]) => [code, regionInputs.inputs]));
    const computed = computeIndicatorForRegions(indicator, inputs);
    const until = options.untilYear;
    const series =
      until === undefined ? computed : Object.fromEntries(Object.entries(computed).map(([code, s]) => [code, cutAtYear(s, until)]));
    const progress = evaluateProgressForRegions(indicator, series, { asOf: options.evaluationDate ?? this.dates.today() });
    const results = new Map<string, IndicatorResult>();
    for (const [code, regionInputs] of inputsByRegion) {
      const coverage = indicatorCoverage(indicator, regionInputs.inputs, series[code]!, progress[code]!);
      const lineage = lineageUntil(lineageOf(indicator, regionInputs), until);
      results.set(code, { indicator, region: code, series: series[code]!, progress: progress[code]!, lineage, coverage });
    }
    return results;
  }
}
