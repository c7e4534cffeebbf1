import type { ProfileIndicatorView } from '@koers/api-contracts';
import { profileGroups } from './wijk-profile.view';

function indicator(overrides: Partial<ProfileIndicatorView>): ProfileIndicatorView {
  return {
    id: 'population-age-0-15',
    ambition: 'generaties',
    title: 'Inwoners 0 tot 15 jaar',
    shown: 'share',
    label: 'deel van de inwoners',
    unit: 'percent',
    decimals: 1,
    period: '2020JJ00',
    year: 2020,
    value: 16.6252,
    demo: false,
    municipalityValue: 16.0002,
    count: null,
    status: null,
    buurtLevel: true,
    ...overrides,
  };
}

describe('profileGroups', () => {
  it('should show a share beside the municipality share in Dutch notation when the profile gives both', () => {
    const [group] = profileGroups({ indicators: [indicator({})] }, 'nl');
    expect(group!.title).toBe('Ruimte voor generaties');
    expect(group!.rows[0]).toMatchObject({
      label: 'deel van de inwoners',
      period: '2020',
      areaText: '16,6%',
      municipalityText: '16,0%',
      bars: { area: 16.6252, municipality: 16.0002 },
      status: null,
    });
  });

  it('should give the count and no bars when the figure is the area share of the whole municipality', () => {
    const [group] = profileGroups(
      {
        indicators: [
          indicator({
            id: 'population-total',
            shown: 'share-of-municipality',
            label: 'deel van alle inwoners van de gemeente',
            value: 17.58,
            municipalityValue: null,
            count: 12060,
          }),
        ],
      },
      'nl',
    );
    expect(group!.rows[0]).toMatchObject({ areaText: '17,6%', municipalityText: '100%', countText: '12.060', bars: null });
  });

  it('should leave out ambitions without indicators and keep the vision order when several ambitions occur', () => {
    const groups = profileGroups(
      {
        indicators: [
          indicator({ id: 'x', ambition: 'fitte-zorgstad', unit: 'per-1000' }),
          indicator({ id: 'y', ambition: 'klimaat-groen', unit: 'per-household', decimals: 2, value: 1.5349 }),
        ],
      },
      'nl',
    );
    expect(groups.map((g) => g.ambition)).toEqual(['klimaat-groen', 'fitte-zorgstad']);
    expect(groups[0]!.rows[0]!.areaText).toBe('1,53 per huishouden');
  });
});
