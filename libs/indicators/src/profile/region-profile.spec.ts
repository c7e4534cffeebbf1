import { getIndicator } from '../ambitions/ambition.catalogue';
import type { SeriesPoint } from '../types/series.types';
import { profileFigure } from './region-profile';

const p = (year: number, value: number, extra: Partial<SeriesPoint> = {}): SeriesPoint => ({
  period: `${year}JJ00`,
  year,
  value,
  provisional: false,
  ...extra,
});
const s = (region: string, points: SeriesPoint[]) => ({ region, points });

// KWB 2024 StatLine export (85984NED): Centrum (WK010600) 7,165 inhabitants of whom 2,340 aged 65 or over;
// Assen (GM0106) 69,701 of whom 15,147.
const centrum = { population_total: s('WK010600', [p(2024, 7165)]), population_age_65_plus: s('WK010600', [p(2024, 2340)]) };
const assen = { population_total: s('GM0106', [p(2024, 69701)]), population_age_65_plus: s('GM0106', [p(2024, 15147)]) };

describe('profileFigure', () => {
  it('should show an age group as a share of the area’s inhabitants beside the municipality’s share', () => {
    const indicator = getIndicator('population-age-65-plus')!;
    const figure = profileFigure(
      indicator,
      { region: 'WK010600', inputs: centrum, series: centrum.population_age_65_plus },
      { region: 'GM0106', inputs: assen, series: assen.population_age_65_plus },
    );
    expect(figure).toMatchObject({ shown: 'share', unit: 'percent', decimals: 1, label: { nl: 'deel van de inwoners' } });
    // 2,340 / 7,165 = 32.66%; 15,147 / 69,701 = 21.73%.
    expect(figure.area!.value).toBeCloseTo(32.659, 3);
    expect(figure.municipality!.value).toBeCloseTo(21.731, 3);
  });

  it('should show the population as a share of the municipality with its count', () => {
    const indicator = getIndicator('population-total')!;
    const figure = profileFigure(
      indicator,
      { region: 'WK010600', inputs: centrum, series: centrum.population_total },
      { region: 'GM0106', inputs: assen, series: assen.population_total },
    );
    expect(figure).toMatchObject({ shown: 'share-of-municipality', municipality: null, count: { value: 7165 } });
    // 7,165 / 69,701 = 10.28%.
    expect(figure.area!.value).toBeCloseTo(10.2796, 3);
  });

  it('should show a share that is published as a share as it is', () => {
    // Loneliness (RIVM 50090NED, 2020, 18+): Assen 46.4; the area's 50.0 is illustrative.
    const indicator = getIndicator('loneliness')!;
    const area = s('WK010600', [p(2020, 50)]);
    const city = s('GM0106', [p(2020, 46.4)]);
    expect(
      profileFigure(indicator, { region: 'WK010600', inputs: {}, series: area }, { region: 'GM0106', inputs: {}, series: city }),
    ).toMatchObject({
      shown: 'as-published',
      area: { value: 50 },
      municipality: { value: 46.4 },
    });
  });
});
