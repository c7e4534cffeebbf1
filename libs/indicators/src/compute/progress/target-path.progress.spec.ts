import { getIndicator } from '../../ambitions/ambition.catalogue';
import { NEW_BUILD_TARGET } from '../../definitions/vision-targets.data';
import type { IndicatorDefinition } from '../../types/indicator.types';
import type { TargetPathPoint } from '../../types/progress.types';
import type { Series } from '../../types/series.types';
import type { BandTarget, LinearPathTarget, Tolerance } from '../../types/target.types';
import { evaluateProgress } from './evaluate.progress';
import { openSdgTargetPath, targetPath, trajectoryTargetPath } from './target-path.progress';

const POLICY = { citation: 'test', quote: 'test' };
const TOLERANCE: Tolerance = { kind: 'absolute', value: 1, rationale: { nl: 'test', en: 'test' } };

const level = (year: number, value: number): TargetPathPoint => ({ year, basis: 'level', value, lower: null, upper: null });
const cumulative = (year: number, value: number): TargetPathPoint => ({ year, basis: 'cumulative', value, lower: null, upper: null });
const band = (year: number, lower: number | null, upper: number | null): TargetPathPoint => ({
  year,
  basis: 'band',
  value: null,
  lower,
  upper,
});

/** 15 in 2020 to 5 in 2025: −2 a year. */
const LINE: LinearPathTarget = {
  kind: 'linear-path',
  baseYear: 2020,
  baseValue: 15,
  targetYear: 2025,
  targetValue: 5,
  milestones: [{ year: 2025, value: 5 }],
  tolerance: TOLERANCE,
  policy: POLICY,
};

const CORRIDOR: BandTarget = { kind: 'band', fromYear: 2021, untilYear: 2023, lower: -300, upper: 0, tolerance: TOLERANCE, policy: POLICY };
const OPEN_CORRIDOR: BandTarget = { kind: 'band', fromYear: 2021, upper: 0, tolerance: TOLERANCE, policy: POLICY };

describe('trajectoryTargetPath', () => {
  it.each<[string, Parameters<typeof trajectoryTargetPath>[0], number | null, TargetPathPoint[]]>([
    // 340 a year 2018–2025 (8 × 340 = 2,720), then 230 a year: ends on the last milestone, 2,720 + 5 × 230 = 3,870
    [
      'the running requirement up to the last milestone when the target is a flow',
      NEW_BUILD_TARGET,
      null,
      [340, 680, 1020, 1360, 1700, 2040, 2380, 2720, 2950, 3180, 3410, 3640, 3870].map((value, index) => cumulative(2018 + index, value)),
    ],
    ['only the start year when a flow has no milestones', { ...NEW_BUILD_TARGET, milestones: [] }, 2030, [cumulative(2018, 340)]],
    [
      'a straight line from base to target when the target is a linear path',
      LINE,
      null,
      [level(2020, 15), level(2021, 13), level(2022, 11), level(2023, 9), level(2024, 7), level(2025, 5)],
    ],
    [
      'a closed corridor over its own years when it has an end year',
      CORRIDOR,
      2030,
      [band(2021, -300, 0), band(2022, -300, 0), band(2023, -300, 0)],
    ],
    [
      'an open corridor up to the latest year with data when it has no end year',
      OPEN_CORRIDOR,
      2023,
      [band(2021, null, 0), band(2022, null, 0), band(2023, null, 0)],
    ],
    ['an open corridor of one year when there is no data', OPEN_CORRIDOR, null, [band(2021, null, 0)]],
    ['an open corridor of one year when the data ends before it', OPEN_CORRIDOR, 2019, [band(2021, null, 0)]],
  ])('should draw %s', (_name, target, latestYear, expected) => {
    expect(trajectoryTargetPath(target, latestYear)).toEqual(expected);
  });
});

describe('openSdgTargetPath', () => {
  it.each<[string, number, number, number, number[]]>([
    // 64 × 1.125 = 72, 72 × 1.125 = 81
    ['grow 12.5% a year from 64 when that is the required growth', 64, 0.125, 2022, [64, 72, 81]],
    // 64 × 0.75 = 48, 48 × 0.75 = 36, 36 × 0.75 = 27
    ['shrink 25% a year from 64 when that is the required growth', 64, -0.25, 2023, [64, 48, 36, 27]],
    ['stay on the base value when the required growth is 0', 10, 0, 2021, [10, 10]],
    ['hold the base point alone when the target year is the base year', 64, 0.125, 2020, [64]],
    ['be empty when the target year is before the base year', 64, 0.125, 2019, []],
  ])('should %s', (_name, baseValue, growth, targetYear, values) => {
    const path = openSdgTargetPath({ period: '2020JJ00', year: 2020, value: baseValue }, growth, targetYear);
    expect(path.map((p) => p.year)).toEqual(values.map((_value, index) => 2020 + index));
    expect(path.every((p) => p.basis === 'level' && p.lower === null && p.upper === null)).toBe(true);
    path.forEach((p, index) => expect(p.value).toBeCloseTo(values[index]!, 9));
  });
});

function indicator(id: string): IndicatorDefinition {
  const found = getIndicator(id);
  if (found === undefined) throw new Error(`catalogue lacks ${id}`);
  return found;
}

function series(values: Record<number, number>): Series {
  const points = Object.entries(values).map(([year, value]) => ({ period: `${year}JJ00`, year: Number(year), value, provisional: false }));
  return { region: 'GM0106', points };
}

/** jobs-total with a level target instead of its rate: 81 in 2022 from the base year (2020 unless given). */
function jobsTo81(baseYear = 2020): IndicatorDefinition {
  const target = { kind: 'level', baseYear, targetYear: 2022, targetValue: 81, policy: POLICY } as const;
  return { ...indicator('jobs-total'), progress: { method: 'open-sdg', baseYear, target } };
}
const JOBS_TO_81 = jobsTo81();

describe('targetPath', () => {
  it('should run from the base value to the target value in the target year when an Open SDG target is evaluated', () => {
    // required growth (81 / 64)^(1/2) − 1 = 0.125: 64, 72, 81
    const progress = evaluateProgress(JOBS_TO_81, series({ 2020: 64, 2021: 70 }));
    const path = targetPath(JOBS_TO_81.progress, progress.explanation);
    expect(path.map((p) => [p.year, p.basis])).toEqual([
      [2020, 'level'],
      [2021, 'level'],
      [2022, 'level'],
    ]);
    expect(path.map((p) => p.value)).toEqual([64, expect.closeTo(72, 9), expect.closeTo(81, 9)]);
  });

  it('should start from the first year with data when the base year has none', () => {
    // base shifts to 2021 (72); required growth 81 / 72 − 1 = 0.125 over one year: 72, 81
    const progress = evaluateProgress(JOBS_TO_81, series({ 2021: 72, 2022: 75 }));
    expect(targetPath(JOBS_TO_81.progress, progress.explanation).map((p) => [p.year, p.value])).toEqual([
      [2021, 72],
      [2022, expect.closeTo(81, 9)],
    ]);
  });

  it.each<[string, IndicatorDefinition, Series]>([
    ['the indicator has no target', indicator('gas-use-per-dwelling'), series({ 2017: 1350, 2022: 1010 })],
    ['there is no data', JOBS_TO_81, { region: 'GM0106', points: [] }],
    ['the value changes sign, so there is no required growth', JOBS_TO_81, series({ 2020: 64, 2021: -5 })],
    ['the target year is not after the base year', jobsTo81(2022), series({ 2022: 64, 2023: 70 })],
  ])('should be empty when %s', (_name, definition, data) => {
    expect(targetPath(definition.progress, evaluateProgress(definition, data).explanation)).toEqual([]);
  });

  it.each<[string, string, Record<number, number>, number, TargetPathPoint, TargetPathPoint]>([
    // 340 a year from 2018: 340 in 2018; 8 × 340 + 5 × 230 = 3,870 in 2030
    ['new-build homes', 'new-build-dwellings', { 2018: 340, 2019: 300 }, 13, cumulative(2018, 340), cumulative(2030, 3870)],
    // the open corridor from 2018 runs to the latest year with data, 2021
    ['retail floor space', 'retail-floor-space-change', { 2019: -100, 2021: -50 }, 4, band(2018, -300, 0), band(2021, -300, 0)],
  ])('should draw the trajectory target of %s when evaluated', (_name, id, values, length, first, last) => {
    const definition = indicator(id);
    const path = targetPath(definition.progress, evaluateProgress(definition, series(values)).explanation);
    expect(path).toHaveLength(length);
    expect(path[0]).toEqual(first);
    expect(path.at(-1)).toEqual(last);
  });
});
