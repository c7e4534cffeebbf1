import type { ReportFigureView } from '@koers/api-contracts';
import { compareAsPrinted, figureText, previousEditionSentence, reportFigureSentence } from './report-sentence.view';

const fig = (year: number, value: number, marks: Partial<ReportFigureView> = {}): ReportFigureView => ({
  period: `${year}JJ00`,
  year,
  value,
  provisional: false,
  demo: false,
  ...marks,
});

describe('reportFigureSentence', () => {
  it.each([
    [
      'a count went up',
      { unit: 'count' as const, decimals: 0, figure: fig(2025, 70392), previous: fig(2024, 69701) },
      'Het cijfer over 2025 is 70.392. Dat is meer dan in 2024, toen was het 69.701.',
    ],
    [
      'a share went down',
      { unit: 'percent' as const, decimals: 1, figure: fig(2025, 10.5), previous: fig(2023, 12.01) },
      'Het cijfer over 2025 is 10,5%. Dat is lager dan in 2023, toen was het 12,0%.',
    ],
    [
      'both print the same',
      { unit: 'index-0-1' as const, decimals: 2, figure: fig(2025, 0.8754), previous: fig(2024, 0.8751) },
      'Het cijfer over 2025 is 0,88. Dat is hetzelfde als in 2024.',
    ],
    [
      'there is one figure only',
      { unit: 'per-household' as const, decimals: 2, figure: fig(2020, 1.0645), previous: null },
      'Over 2025 is er nog geen cijfer; het laatste is van 2020: 1,06 per huishouden. Er is geen eerder cijfer om mee te vergelijken.',
    ],
    [
      'there are no figures',
      { unit: 'count' as const, decimals: 0, figure: null, previous: null },
      'Er zijn nog geen cijfers over 2025 of de jaren ervoor.',
    ],
    [
      'the figures are voorbeelddata',
      { unit: 'count' as const, decimals: 0, figure: fig(2024, 40806, { demo: true }), previous: fig(2023, 40644, { demo: true }) },
      'Over 2025 is er nog geen cijfer; het laatste is van 2024: 40.806 (voorbeelddata). Dat is meer dan in 2023, toen was het 40.644 (voorbeelddata).',
    ],
  ])('should say it plainly in Dutch when %s', (_case, input, expected) => {
    expect(reportFigureSentence(input, 2025, 'nl')).toBe(expected);
  });

  it('should never name one value twice as a change when the figures are equal as printed', () => {
    const sentence = reportFigureSentence(
      { unit: 'count', decimals: 2, figure: fig(2025, 1.0645), previous: fig(2024, 1.0649) },
      2025,
      'nl',
    );
    expect(sentence).not.toMatch(/gestegen|gedaald|meer|minder|hoger|lager/);
    expect(sentence).toContain('hetzelfde als in 2024');
  });

  it('should write English words and notation when the language is English', () => {
    expect(reportFigureSentence({ unit: 'count', decimals: 0, figure: fig(2025, 70392), previous: fig(2024, 69701) }, 2025, 'en')).toBe(
      'The figure for 2025 is 70,392. That is more than in 2024, when it was 69,701.',
    );
  });
});

describe('compareAsPrinted', () => {
  it.each([
    [0.8754, 0.8751, 2, 'same'],
    [0.8754, 0.8751, 4, 'higher'],
    [69701, 70392, 0, 'lower'],
  ] as const)('should compare %p with %p at %p decimals as %p when printed', (a, b, decimals, expected) => {
    expect(compareAsPrinted(a, b, decimals)).toBe(expected);
  });
});

describe('figureText', () => {
  it('should mark a provisional voorbeelddata figure with both words when it is both', () => {
    expect(figureText(fig(2024, 1350.4, { provisional: true, demo: true }), 'count', 0, 'nl')).toBe('1.350 (voorlopig, voorbeelddata)');
  });
});

describe('previousEditionSentence', () => {
  it('should say nothing when the previous edition showed the same figure', () => {
    expect(previousEditionSentence(fig(2024, 10.51), fig(2024, 10.5), 'percent', 1, 'nl')).toBeNull();
  });

  it('should say the figure was revised when the previous edition gave another value for the same year', () => {
    expect(previousEditionSentence(fig(2024, 10.7), fig(2024, 10.5), 'percent', 1, 'nl')).toBe(
      'De vorige editie gaf voor 2024 nog 10,5%; dat cijfer is sindsdien herzien.',
    );
  });

  it('should name the older latest figure when the previous edition had an earlier year', () => {
    expect(previousEditionSentence(fig(2025, 70392), fig(2024, 69701), 'count', 0, 'nl')).toBe(
      'In de vorige editie was het laatste cijfer 69.701 (2024).',
    );
  });

  it('should say nothing when there is no previous edition', () => {
    expect(previousEditionSentence(fig(2025, 1), null, 'count', 0, 'nl')).toBeNull();
  });
});
