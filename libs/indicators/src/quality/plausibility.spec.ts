import { MEASURES } from '../measures/measure.catalogue';
import type { SeriesPoint } from '../types/series.types';
import { plausibilityIssues, plausibleRangeOf } from './plausibility';

const p = (year: number, value: number | null): SeriesPoint => ({ period: `${year}JJ00`, year, value, provisional: false });

describe('plausibility checks', () => {
  it('should hold a share between 0 and 100 and a count at or above 0 when the measure declares nothing', () => {
    expect(plausibleRangeOf(MEASURES.adults_lonely_pct)).toEqual({ min: 0, max: 100 });
    expect(plausibleRangeOf(MEASURES.cars_total)).toMatchObject({ min: 0, maxYearlyChange: 0.1 });
  });

  it('should name a share above 100 in Dutch notation when it is out of range', () => {
    // Illustrative: 123.4% is impossible for a share.
    expect(plausibilityIssues(MEASURES.adults_lonely_pct, [p(2020, 123.4)])).toEqual([
      expect.objectContaining({
        check: 'range',
        period: '2020JJ00',
        value: 123.4,
        message: expect.objectContaining({ nl: 'De waarde 123,4 ligt buiten wat kan (maximaal 100,0).' }),
      }),
    ]);
  });

  it('should flag a jump only beyond the declared yearly change and only between consecutive years', () => {
    // Households 30,587 (2017) and 30,662 (2018), KWB via geoinzicht: +0.2%, plausible. 31,905 (2022) is four
    // years on, so no year-on-year comparison; 3,190 in 2023 (illustrative) is −90%.
    const issues = plausibilityIssues(MEASURES.households_total, [p(2017, 30587), p(2018, 30662), p(2022, 31905), p(2023, 3190)]);
    expect(issues.map((i) => [i.check, i.period])).toEqual([['jump', '2023JJ00']]);
    expect(issues[0]!.message.nl).toBe(
      'Van 31.905 naar 3.190 in één jaar is een sprong van −90%; meer dan 10% is niet aannemelijk. Mogelijk een fout in de data.',
    );
  });
});
