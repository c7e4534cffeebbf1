import { NEW_BUILD_TARGET, RETAIL_FLOOR_SPACE_TARGET } from '../../definitions/vision-targets.data';
import type { YearPoint } from '../../types/series.types';
import type { BandTarget, LinearPathTarget } from '../../types/target.types';
import { scaleOf } from './scale.progress';
import {
  bandProgress,
  classifyDeviation,
  cumulativeFlowProgress,
  linearPathProgress,
  linearPathValue,
  requiredCumulative,
} from './trajectory.progress';

function points(values: Record<number, number>): YearPoint[] {
  return Object.entries(values).map(([year, value]) => ({ period: `${year}JJ00`, year: Number(year), value, provisional: false }));
}

describe('classifyDeviation', () => {
  it.each([
    [1.0001, 1, 'ahead'],
    [1, 1, 'on_course'],
    [0, 1, 'on_course'],
    [-1, 1, 'on_course'],
    [-1.0001, 1, 'behind'],
    [0, 0, 'on_course'],
    [0.0001, 0, 'ahead'],
  ] as const)('should call a favourable deviation of %p with tolerance %p %s when compared', (deviation, tolerance, status) => {
    expect(classifyDeviation(deviation, tolerance)).toBe(status);
  });
});

describe('cumulativeFlowProgress (new-build: 340 a year 2018–2025, then 230; tolerance 5%)', () => {
  it.each([
    // 2018–2020: required 3 × 340 = 1,020; tolerance 0.05 × 1,020 = 51
    ['on course exactly on the path', { 2018: 340, 2019: 340, 2020: 340 }, 1020, 'on_course', 1],
    // 340 + 340 + 391 = 1,071 = 1,020 + 51: the upper edge is still on course
    ['on course at the upper tolerance edge', { 2018: 340, 2019: 340, 2020: 391 }, 1071, 'on_course', 1071 / 1020],
    // 1,072 − 1,020 = 52 > 51
    ['ahead just past the upper edge', { 2018: 340, 2019: 340, 2020: 392 }, 1072, 'ahead', 1072 / 1020],
    // 969 = 1,020 − 51: the lower edge is still on course
    ['on course at the lower tolerance edge', { 2018: 340, 2019: 340, 2020: 289 }, 969, 'on_course', 969 / 1020],
    // 968 − 1,020 = −52 < −51
    ['behind just past the lower edge', { 2018: 340, 2019: 340, 2020: 288 }, 968, 'behind', 968 / 1020],
  ] as const)('should be %s', (_name, values, actual, status, ratio) => {
    const outcome = cumulativeFlowProgress(points(values), NEW_BUILD_TARGET, 'higher-is-better');
    expect(outcome.valueUsed).toBe(actual);
    expect(outcome.required).toEqual({ year: 2020, value: 1020, tolerance: 51 });
    expect(outcome.status).toBe(status);
    expect(outcome.paceRatio).toBeCloseTo(ratio, 12);
  });

  it('should switch to 230 a year after 2025 when counting the requirement', () => {
    // 8 × 340 = 2,720 by 2025; + 230 = 2,950 in 2026; after 2030 the last rate continues: 2,720 + 6 × 230 = 4,100 in 2031
    expect(requiredCumulative(NEW_BUILD_TARGET, 2025)).toBe(2720);
    expect(requiredCumulative(NEW_BUILD_TARGET, 2026)).toBe(2950);
    expect(requiredCumulative(NEW_BUILD_TARGET, 2031)).toBe(4100);
    expect(requiredCumulative(NEW_BUILD_TARGET, 2017)).toBe(0);
  });

  it('should project the observed pace to 2030 when on the path', () => {
    // 1,020 built in 3 years = 340 a year; 2030: 1,020 + 340 × 10 = 4,420
    const outcome = cumulativeFlowProgress(points({ 2018: 340, 2019: 340, 2020: 340 }), NEW_BUILD_TARGET, 'higher-is-better');
    expect(outcome.observedPace).toBe(340);
    expect(outcome.requiredPace).toBe(340);
    expect(outcome.projected).toEqual({ year: 2030, value: 4420 });
  });

  it('should map behind onto the scale by the share of the requirement built', () => {
    // 968 / 1,020 = 0.949 ≥ 0.60 → moderate; 3 × 100 / 1,020 = 0.294 → limited
    expect(scaleOf('behind', 968 / 1020)).toBe('moderate_progress');
    const slow = cumulativeFlowProgress(points({ 2018: 100, 2019: 100, 2020: 100 }), NEW_BUILD_TARGET, 'higher-is-better');
    expect(slow.status).toBe('behind');
    expect(scaleOf(slow.status, slow.paceRatio)).toBe('limited_progress');
  });

  it('should reach target_achieved when the last milestone is passed', () => {
    // 5 × 800 = 4,000 ≥ 3,870
    const outcome = cumulativeFlowProgress(
      points({ 2018: 800, 2019: 800, 2020: 800, 2021: 800, 2022: 800 }),
      NEW_BUILD_TARGET,
      'higher-is-better',
    );
    expect(outcome.status).toBe('target_achieved');
  });

  it.each([
    ['a year is missing since the start', { 2018: 340, 2020: 340 }, 'flow-gap'],
    ['there is nothing since the start', { 2016: 300, 2017: 310 }, 'no-data-since-base-year'],
  ] as const)('should give no status when %s', (_name, values, guard) => {
    const outcome = cumulativeFlowProgress(points(values), NEW_BUILD_TARGET, 'higher-is-better');
    expect(outcome.status).toBe('not_available');
    expect(outcome.guards).toEqual([guard]);
  });
});

describe('linearPathProgress (15 in 2020 → 5 in 2030, tolerance 1, lower is better)', () => {
  const target: LinearPathTarget = {
    kind: 'linear-path',
    baseYear: 2020,
    baseValue: 15,
    targetYear: 2030,
    targetValue: 5,
    milestones: [{ year: 2030, value: 5 }],
    tolerance: { kind: 'absolute', value: 1, rationale: { nl: 'test', en: 'test' } },
    policy: { citation: 'test', quote: 'test' },
  };

  it('should follow the straight line and stay flat after the target year', () => {
    // 15 + (5 − 15) × 5/10 = 10; after 2030: 5
    expect(linearPathValue(target, 2025)).toBe(10);
    expect(linearPathValue(target, 2032)).toBe(5);
  });

  it.each([
    // path in 2025 = 10; favourable deviation = −(value − 10)
    [10, 'on_course', 1], // (10 − 15)/(10 − 15) = 1
    [11, 'on_course', 0.8], // −1 = −tolerance: the edge is on course; (11 − 15)/−5 = 0.8
    [11.5, 'behind', 0.7], // −1.5 < −1; (11.5 − 15)/−5 = 0.7 → scale moderate
    [9, 'on_course', 1.2], // +1 = tolerance
    [8.5, 'ahead', 1.3], // +1.5 > 1
    [16, 'behind', -0.2], // (16 − 15)/−5 = −0.2 → scale deterioration
    [5, 'target_achieved', 2], // ≤ 5 is checked first
  ] as const)('should judge a value of %p in 2025 as %s', (value, status, ratio) => {
    const outcome = linearPathProgress(points({ 2025: value }), target, 'lower-is-better');
    expect(outcome.status).toBe(status);
    expect(outcome.required).toEqual({ year: 2025, value: 10, tolerance: 1 });
    expect(outcome.paceRatio).toBeCloseTo(ratio, 12);
  });

  it('should map behind by the share of the required change made', () => {
    expect(scaleOf('behind', 0.7)).toBe('moderate_progress');
    expect(scaleOf('behind', -0.2)).toBe('deterioration');
  });

  it('should project with the least-squares slope when there are two or more points', () => {
    // 12 (2024) → 11 (2025): slope −1 a year; 2030: 11 − 5 = 6. Required pace (5 − 15)/10 = −1.
    const outcome = linearPathProgress(points({ 2024: 12, 2025: 11 }), target, 'lower-is-better');
    expect(outcome.observedPace).toBe(-1);
    expect(outcome.requiredPace).toBe(-1);
    expect(outcome.projected).toEqual({ year: 2030, value: 6 });
  });

  it('should measure the pace from the path base when there is one point', () => {
    // (11.5 − 15) / (2025 − 2020) = −0.7 a year
    expect(linearPathProgress(points({ 2025: 11.5 }), target, 'lower-is-better').observedPace).toBeCloseTo(-0.7, 12);
    expect(linearPathProgress(points({ 2019: 14 }), target, 'lower-is-better').status).toBe('not_available');
  });
});

describe('bandProgress (retail floor space change between −300 and 0 m² a year)', () => {
  const withTolerance: BandTarget = {
    ...RETAIL_FLOOR_SPACE_TARGET,
    tolerance: { kind: 'absolute', value: 25, rationale: { nl: 'test', en: 'test' } },
  };

  it.each([
    // mean of the last 3: (−100 − 200 − 300)/3 = −200, inside the band
    ['inside', { 2019: -100, 2020: -200, 2021: -300 }, -200, 'on_course', []],
    // (0 + 0 + 0)/3 = 0 = upper bound
    ['at the upper bound', { 2019: 0, 2020: 0, 2021: 0 }, 0, 'on_course', []],
    // (−300 × 3)/3 = −300 = lower bound
    ['at the lower bound', { 2019: -300, 2020: -300, 2021: -300 }, -300, 'on_course', []],
    // (100 + 50 + 0)/3 = 50 > 0: growing while compaction is the aim
    ['above the band', { 2019: 100, 2020: 50, 2021: 0 }, 50, 'off_course', ['outside-band-above']],
    // (−400 × 3)/3 = −400 < −300: shrinking faster than the corridor allows is off course too
    ['below the band', { 2019: -400, 2020: -400, 2021: -400 }, -400, 'off_course', ['outside-band-below']],
    // 2018 (+900) falls outside the window of 3: (−100 × 3)/3 = −100
    ['with an old outlier outside the window', { 2018: 900, 2019: -100, 2020: -100, 2021: -100 }, -100, 'on_course', []],
  ] as const)('should judge a mean %s', (_name, values, mean, status, side) => {
    const outcome = bandProgress(points(values), RETAIL_FLOOR_SPACE_TARGET, 'lower-is-better', 3);
    expect(outcome.valueUsed).toBe(mean);
    expect(outcome.status).toBe(status);
    expect(outcome.guards).toEqual(['noise-guard-window-mean', ...side]);
  });

  it('should call a shrinkage of 33,300 m² in one year off course when the corridor allows at most 300', () => {
    // The wrong signal this replaces: −33,300 m² was "ahead of schedule" because shrinking is the favourable side.
    const outcome = bandProgress(points({ 2024: -33300 }), RETAIL_FLOOR_SPACE_TARGET, 'lower-is-better', 3);
    expect(outcome.status).toBe('off_course');
    expect(outcome.guards).toEqual(['outside-band-below']);
  });

  it.each([
    [25, 'on_course', []], // 25 − 0 = 25 = tolerance
    [26, 'off_course', ['outside-band-above']],
    [-325, 'on_course', []], // −300 − 25
    [-326, 'off_course', ['outside-band-below']],
  ] as const)('should respect the tolerance edge for a single value of %p', (value, status, guards) => {
    const outcome = bandProgress(points({ 2021: value }), withTolerance, 'lower-is-better', 3);
    expect(outcome.status).toBe(status);
    expect(outcome.guards).toEqual(guards);
  });

  it('should map off course outside a band to deterioration', () => {
    expect(scaleOf('off_course')).toBe('deterioration');
    expect(bandProgress(points({ 2017: -100 }), RETAIL_FLOOR_SPACE_TARGET, 'lower-is-better', 3).status).toBe('not_available');
  });
});
