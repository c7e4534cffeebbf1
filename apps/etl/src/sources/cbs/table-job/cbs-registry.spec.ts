import { buildCbsRegistry } from './cbs-registry';

describe('buildCbsRegistry', () => {
  const registry = buildCbsRegistry();
  const table = (id: string) => registry.find((t) => t.tableId.toUpperCase() === id.toUpperCase());

  it('should read the population total from 03759ned at the dimension totals when the catalogue says so', () => {
    const population = table('03759ned');
    expect(population?.api).toBe('v4');
    expect(population?.measures).toContainEqual({
      name: 'population_total',
      key: 'M000352',
      keyStem: null,
      dimensions: { Geslacht: 'T001038', BurgerlijkeStaat: 'T001019', Leeftijd: '10000' },
    });
  });

  it('should turn a sum over single years of age into one measure per age code', () => {
    const ages = table('03759ned')!.measures.filter((m) => m.name === 'population_age_15_74');
    expect(ages).toHaveLength(60);
    expect(ages[0]!.dimensions['Leeftijd']).toBe('11500');
    expect(ages[59]!.dimensions['Leeftijd']).toBe('17400');
  });

  it('should use the exact key in a keyed KWB year and the key stem in the other KWB years', () => {
    expect(table('84799NED')?.measures).toContainEqual({
      name: 'population_total',
      key: 'AantalInwoners_5',
      keyStem: null,
      dimensions: {},
    });
    expect(table('85039NED')?.measures).toContainEqual({ name: 'population_total', key: null, keyStem: 'AantalInwoners', dimensions: {} });
  });

  it('should point a discontinued table to its successor and keep only yearly periods where a table has months too', () => {
    expect(table('81955NED')?.successor).toBe('86098NED');
    expect(table('86098NED')?.periodKinds).toEqual(['JJ']);
  });

  it('should list every table once', () => {
    const ids = registry.map((t) => t.tableId.toUpperCase());
    expect(new Set(ids).size).toBe(ids.length);
  });
});
