import type { TargetView } from '@koers/api-contracts';
import { reportSentence } from './report-sentence.view';
import type { YearValue } from './series.view';

const figure = (year: number, value: number, marks: Partial<YearValue> = {}): YearValue => ({
  year, value, provisional: false, demo: false, mixedSources: false, sources: [], breakBefore: false, suspect: false, ...marks,
});

const target: TargetView = {
  kind: 'linear-path', baseYear: 2017, baseValue: 15, targetYear: 2030, targetValue: 5, ratePerYear: null, lower: null, upper: null,
  milestones: [], tolerance: null, policy: { citation: '', quote: '' },
};

describe('reportSentence', () => {
  it('should compare with last year and name the target when both are there', () => {
    const sentence = reportSentence(
      { title: 'Leegstand kantoren', unit: 'percent', decimals: 1, current: figure(2024, 10.51), previous: figure(2023, 12), target, statusLabel: 'Op koers' },
      2024,
      'nl',
    );
    expect(sentence).toBe('Leegstand kantoren is gedaald van 12,0% in 2023 naar 10,5% in 2024; het doel is 5,0% in 2030 (status: op koers).');
  });

  it('should write English with English numbers when the page is English', () => {
    const sentence = reportSentence(
      { title: 'Population', unit: 'count', decimals: 0, current: figure(2026, 70769), previous: figure(2025, 70100), target: null, statusLabel: 'Moderate progress' },
      2026,
      'en',
    );
    expect(sentence).toBe('Population is up from 70,100 in 2025 to 70,769 in 2026 (status: moderate progress).');
  });

  it('should say a figure is voorbeelddata when it comes from an illustrative file', () => {
    const sentence = reportSentence(
      { title: 'Leegstand kantoren', unit: 'percent', decimals: 1, current: figure(2024, 10.51, { demo: true }), previous: null, target: null, statusLabel: 'Geen oordeel mogelijk' },
      2024,
      'nl',
    );
    expect(sentence).toBe('Leegstand kantoren: 10,5% (voorbeelddata) in 2024 (status: geen oordeel mogelijk).');
  });

  it('should say there are no figures when the year has none', () => {
    expect(reportSentence({ title: 'Glasvezel', unit: 'percent', decimals: 0, current: null, previous: null, target: null, statusLabel: 'Geen data' }, 2024, 'nl')).toBe(
      'Voor glasvezel zijn over 2024 geen cijfers beschikbaar.',
    );
  });
});
