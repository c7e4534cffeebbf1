import type { ExplanationView, ProgressView } from '@koers/api-contracts';
import { explanationWithoutGuards, trendPaceSentence, usedTrendValue } from './progress.view';

const explanation = (overrides: Partial<ExplanationView>): ExplanationView =>
  ({
    method: 'open-sdg',
    variant: 'no-target',
    base: { period: '2019JJ00', year: 2019, value: 67963 },
    latest: { period: '2026JJ00', year: 2026, value: 70769 },
    latestValueUsed: 70763,
    observedPace: 0.0058,
    requiredPace: null,
    paceUnit: 'growth-per-year',
    text: '',
    guards: [],
    ...overrides,
  }) as ExplanationView;

const trendGuard = { code: 'noise-guard-trend' as const, text: 'Als laatste waarde is de trendwaarde gebruikt.' };

describe('usedTrendValue', () => {
  it('should say so when the guards name the trend', () => {
    expect(usedTrendValue({ explanation: explanation({ guards: [trendGuard] }) } as ProgressView)).toBe(true);
    expect(usedTrendValue({ explanation: explanation({ guards: [] }) } as ProgressView)).toBe(false);
  });
});

describe('explanationWithoutGuards', () => {
  it('should drop the guard sentences the text ends with when the page lists them', () => {
    const e = explanation({
      text: 'Van 2019 tot 2026 groei. Status: matig. Het basisjaar ontbreekt. Trend gebruikt.',
      guards: [
        { code: 'base-year-shifted', text: 'Het basisjaar ontbreekt.' },
        { code: 'noise-guard-trend', text: 'Trend gebruikt.' },
      ],
    });
    expect(explanationWithoutGuards(e)).toBe('Van 2019 tot 2026 groei. Status: matig.');
  });

  it('should keep the text as it is when it does not end with the guard sentences', () => {
    const e = explanation({ text: 'Iets anders.', guards: [trendGuard] });
    expect(explanationWithoutGuards(e)).toBe('Iets anders.');
  });
});

describe('trendPaceSentence', () => {
  it('should say the pace from the base year without a second value for the latest year', () => {
    const sentence = trendPaceSentence(explanation({}), 'count', 0, 'nl');
    expect(sentence).toBe('Van 2019 tot 2026 steeg de lijn door de cijfers gemiddeld 0,58% per jaar.');
    expect(sentence).not.toContain('70.763');
  });

  it('should name the pace the target needs when there is one, in the unit for a trajectory', () => {
    const e = explanation({ paceUnit: 'unit-per-year', observedPace: -0.4, requiredPace: -0.77 });
    expect(trendPaceSentence(e, 'percent', 1, 'nl')).toBe(
      'Van 2019 tot 2026 daalde de lijn door de cijfers gemiddeld 0,4% per jaar. Voor het doel is een daling van 0,8% per jaar nodig.',
    );
  });

  it('should give nothing when there is no pace', () => {
    expect(trendPaceSentence(explanation({ observedPace: null }), 'count', 0, 'en')).toBeNull();
  });
});
