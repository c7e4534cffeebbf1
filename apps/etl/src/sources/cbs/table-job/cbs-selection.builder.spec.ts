import { MEASURE_NAMES } from '@koers/indicators';
import type { CbsMeasure } from '../shared/cbs.types';
import type { ResolvedMeasure } from './cbs-drift';
import type { CbsTableShape } from './cbs-table.reader';
import { buildSelection, onDemandMeasures, registryMeasures, uncataloguedMeasureName } from './cbs-selection.builder';

const measure = (key: string): CbsMeasure => ({
  tableId: '03759ned',
  key,
  title: key,
  unit: 'aantal',
  decimals: 0,
  datatype: 'Long',
  description: null,
});

// The shape of 03759ned, cut down: two measures, an age dimension and a sex dimension with their totals.
const shape: CbsTableShape = {
  measures: [measure('M000352'), measure('M000365')],
  regions: [],
  periodCodes: ['2025JJ00', '2026JJ00'],
  otherDimensions: [
    {
      key: 'Geslacht',
      codes: [
        { code: 'T001038', title: 'Totaal mannen en vrouwen' },
        { code: '3000', title: 'Mannen' },
      ],
    },
    {
      key: 'Leeftijd',
      codes: [
        { code: '10000', title: 'Totaal' },
        { code: '11500', title: '15 jaar' },
        { code: '11600', title: '16 jaar' },
      ],
    },
  ],
};

const catalogue: ResolvedMeasure[] = [
  { name: 'population_total', key: 'M000352', keyStem: null, dimensions: {}, source: measure('M000352') },
  { name: 'population_age_15_16', key: 'M000352', keyStem: null, dimensions: { Leeftijd: '11500' }, source: measure('M000352') },
  { name: 'population_age_15_16', key: 'M000352', keyStem: null, dimensions: { Leeftijd: '11600' }, source: measure('M000352') },
];

describe('registryMeasures', () => {
  it('should keep the catalogue names and codes and add every other measure at the totals when a registry table is loaded', () => {
    expect(registryMeasures('03759ned', catalogue, shape).map((m) => [m.name, m.key, m.dimensions])).toEqual([
      ['population_total', 'M000352', { Geslacht: 'T001038', Leeftijd: '10000' }],
      ['population_age_15_16', 'M000352', { Geslacht: 'T001038', Leeftijd: '11500' }],
      ['population_age_15_16', 'M000352', { Geslacht: 'T001038', Leeftijd: '11600' }],
      ['cbs:03759ned:M000365', 'M000365', { Geslacht: 'T001038', Leeftijd: '10000' }],
    ]);
  });

  it('should add a measure the catalogue reads only at other codes at its totals under the uncatalogued name', () => {
    const onlyAges = catalogue.slice(1);
    expect(
      registryMeasures('03759ned', onlyAges, shape)
        .filter((m) => m.name.startsWith('cbs:'))
        .map((m) => [m.name, m.dimensions]),
    ).toEqual([
      ['cbs:03759ned:M000352', { Geslacht: 'T001038', Leeftijd: '10000' }],
      ['cbs:03759ned:M000365', { Geslacht: 'T001038', Leeftijd: '10000' }],
    ]);
  });

  it('should name measures as on-demand loads do when the catalogue names none of them', () => {
    expect(registryMeasures('03759ned', [], shape)).toEqual(onDemandMeasures('03759ned', shape, {}));
  });
});

describe('uncataloguedMeasureName', () => {
  it('should never equal a catalogue name when any table and key are given', () => {
    expect(uncataloguedMeasureName('03759ned', 'M000365')).toBe('cbs:03759ned:M000365');
    // Catalogue names are words joined by underscores: none can have the `cbs:<table>:<key>` form.
    expect(MEASURE_NAMES.filter((name) => !/^[A-Za-z0-9_]+$/.test(name))).toEqual([]);
  });
});

describe('buildSelection', () => {
  it('should ask for no measure filter but for every code the measures need when every measure of the table is wanted', () => {
    const selection = buildSelection(registryMeasures('03759ned', catalogue, shape), ['GM0106'], shape, null);
    expect(selection).toEqual({
      measures: undefined,
      regions: ['GM0106'],
      dimensions: { Geslacht: ['T001038'], Leeftijd: ['10000', '11500', '11600'] },
      periods: undefined,
      onUnknownCode: 'skip',
    });
  });

  it('should name the measures when only some of the table is wanted', () => {
    const selection = buildSelection(onDemandMeasures('03759ned', { ...shape, measures: [measure('M000365')] }, {}), undefined, shape, [
      'JJ',
    ]);
    expect(selection.measures).toEqual(['M000365']);
    expect(selection.periods).toEqual(['2025JJ00', '2026JJ00']);
  });
});
