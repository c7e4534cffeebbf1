import type { ProgressResult, ProgressStatus, ScaleClass } from '../../types/progress.types';
import { EMPTY_EXPLANATION } from './evaluate.progress';
import { lowerMedianClass, rollUpAmbition } from './roll-up.progress';
import { scaleOf } from './scale.progress';

function result(status: ProgressStatus, scale: ScaleClass = scaleOf(status)): ProgressResult {
  return {
    indicatorId: `i-${status}`,
    region: 'GM0106',
    status,
    scale,
    score: null,
    provisional: false,
    basis: status === 'no_data' ? 'none' : 'real',
    stale: false,
    comparableFrom: null,
    dataSources: [],
    explanation: {
      ...EMPTY_EXPLANATION,
      method: 'open-sdg',
      variant: 'none',
      paceUnit: 'growth-per-year',
      guards: [],
      text: { nl: '', en: '' },
    },
  };
}

describe('scaleOf', () => {
  it.each([
    ['target_achieved', null, 'target_achieved'],
    ['substantial_progress', null, 'substantial_progress'],
    ['ahead', null, 'substantial_progress'],
    ['on_course', null, 'substantial_progress'],
    ['behind', 0.95, 'moderate_progress'],
    ['behind', 0.6, 'moderate_progress'],
    ['behind', 0.5999, 'limited_progress'],
    ['behind', 0, 'limited_progress'],
    ['behind', -0.0001, 'deterioration'],
    ['behind', null, 'limited_progress'],
    ['no_data', null, 'not_available'],
    ['not_available', null, 'not_available'],
  ] as const)('should map %s (pace ratio %p) to %s', (status, ratio, scale) => {
    expect(scaleOf(status, ratio)).toBe(scale);
  });
});

describe('lowerMedianClass', () => {
  it.each([
    [['deterioration', 'limited_progress', 'substantial_progress'], 'limited_progress'], // ranks 1,2,4 → middle 2
    [['substantial_progress', 'deterioration', 'moderate_progress', 'limited_progress'], 'limited_progress'], // 1,2,3,4 → worse middle 2
    [['target_achieved', 'target_achieved', 'substantial_progress'], 'target_achieved'], // 4,5,5 → 5
    [['moderate_progress'], 'moderate_progress'],
    [[], 'not_available'],
  ] as const)('should take the lower median of %p', (classes, expected) => {
    expect(lowerMedianClass(classes)).toBe(expected);
  });
});

describe('rollUpAmbition', () => {
  it('should count per class and take the lower median when at least half is judged', () => {
    // judged: substantial, moderate, moderate, deterioration (4 of 6 ≥ 3) → ranks 1,3,3,4 → lower median 3 = moderate
    const rollUp = rollUpAmbition('regionaal-centrum', 'GM0106', [
      result('on_course'),
      result('moderate_progress'),
      result('behind', 'moderate_progress'),
      result('deterioration'),
      result('no_data'),
      result('not_available'),
    ]);
    expect(rollUp.total).toBe(6);
    expect(rollUp.assessed).toBe(4);
    expect(rollUp.overall).toBe('moderate_progress');
    expect(rollUp.countsByScale).toEqual({
      target_achieved: 0,
      substantial_progress: 1,
      moderate_progress: 2,
      limited_progress: 0,
      deterioration: 1,
      not_available: 2,
    });
    expect(rollUp.countsByStatus.no_data).toBe(1);
    expect(rollUp.countsByStatus.behind).toBe(1);
    expect(rollUp.text.nl).toContain('matige vooruitgang');
  });

  it('should accept exactly half judged and refuse fewer', () => {
    const half = rollUpAmbition('x', 'GM0106', [result('substantial_progress'), result('no_data')]);
    expect(half.overall).toBe('substantial_progress');
    const fewer = rollUpAmbition('x', 'GM0106', [result('substantial_progress'), result('no_data'), result('no_data')]);
    expect(fewer.overall).toBe('not_available');
    expect(fewer.text.en).toContain('1 of 3 indicators have a judgement');
    expect(rollUpAmbition('x', 'GM0106', []).overall).toBe('not_available');
  });
});
