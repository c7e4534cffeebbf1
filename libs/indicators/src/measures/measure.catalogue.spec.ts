import { INDICATORS } from '../ambitions/ambition.catalogue';
import { MEASURE_NAMES } from '../types/measure-name.types';
import type { MeasureDefinition, TableRef } from '../types/measure.types';
import { KWB_TABLES, singleYearAgeCodes } from './kwb-tables.data';
import { MEASURES, getMeasure, isMeasureName } from './measure.catalogue';
import { UPLOAD_FORMATS } from './upload-formats.data';

const ALL: readonly MeasureDefinition[] = Object.values(MEASURES);

describe('measure catalogue', () => {
  it('should define every stable name once, under its own key, when listed', () => {
    expect(Object.keys(MEASURES).sort()).toEqual([...MEASURE_NAMES].sort());
    for (const [key, measure] of Object.entries(MEASURES)) {
      expect(measure.name).toBe(key);
      expect(key).toMatch(/^[a-z0-9]+(_[a-zA-Z0-9]+)*$/);
    }
  });

  it.each(ALL.map((m) => [m.name, m] as const))('should give %s a title, unit and decimals when defined', (_name, measure) => {
    expect(measure.title.nl.trim()).not.toBe('');
    expect(measure.title.en.trim()).not.toBe('');
    expect(Number.isInteger(measure.decimals) && measure.decimals >= 0).toBe(true);
  });

  function expectTables(tables: readonly TableRef[]): void {
    for (const table of tables) {
      if (table.api === 'file') {
        // A file: a CBS table id, or the id of a third party's file that its manifest declares.
        expect(table.tableId).toMatch(/^(\d{5}(NED|ned)|[a-z0-9]+(-[a-z0-9]+)+)$/);
        expect(table.years.length).toBeGreaterThan(0);
        expect(['cbs-export', 'third-party', 'transcribed']).toContain(table.evidence);
      } else {
        expect(table.tableId).toMatch(/^\d{5}(NED|ned)$/);
        expect(table.key.trim()).not.toBe('');
        expect(['verified', 'reference-notes', 'third-party']).toContain(table.evidence);
      }
    }
  }

  it.each(ALL.map((m) => [m.name, m] as const))('should name a CBS table and key, a file, or an upload field for %s', (_name, measure) => {
    const source = measure.source;
    if (source.kind === 'cbs') {
      expect(source.tables.length).toBeGreaterThan(0);
      expectTables(source.tables);
    } else {
      expectTables(source.tables ?? []);
      const format = UPLOAD_FORMATS[source.uploadKind];
      expect(format.valueFields).toContain(source.field);
      for (const [column, value] of Object.entries(source.filter)) {
        const allowed = format.filters[column];
        expect(allowed).toBeDefined();
        if (allowed !== null && allowed !== undefined) {
          expect(allowed).toContain(value);
        }
      }
    }
  });

  it('should mark verified KWB keys only for the three KWB tables whose metadata is stored when cited', () => {
    const verifiedKwb = ALL.flatMap((m) => (m.source.kind === 'cbs' ? m.source.tables : []))
      .filter((t) => t.api !== 'file' && t.evidence === 'verified' && t.years !== undefined)
      .map((t) => `${t.tableId}:${t.years?.join(',')}`);
    expect(new Set(verifiedKwb)).toEqual(new Set(['83765NED:2017', '84799NED:2020', '85984NED:2024']));
    const tables = MEASURES.population_total.source.kind === 'cbs' ? MEASURES.population_total.source.tables : [];
    expect(tables.slice(0, 4)).toMatchObject([
      { tableId: '03759ned', key: 'M000352' },
      { key: 'AantalInwoners_5' },
      { key: 'AantalInwoners_5' },
      { key: 'T001036' },
    ]);
  });

  it('should use every measure in at least one indicator, except those kept for analysts, when cross-checked', () => {
    const used = new Set(INDICATORS.flatMap((i) => i.inputs));
    const unused = MEASURE_NAMES.filter((name) => !used.has(name));
    // Loaded for analysts and for indicators still to come: the NWW history, the population at the end of the
    // year (37230ned), land use in hectares and built-up share, and education levels as counts (KWB).
    expect(unused).toEqual([
      'population_end_of_year',
      'land_use_recreation_ha',
      'land_use_forest_nature_ha',
      'land_use_built_pct',
      'jobseekers_nww',
      'education_low',
      'education_mid',
      'education_high',
    ]);
  });

  it('should list the single-year age codes 15..74 of 03759ned when summing over age', () => {
    const codes = singleYearAgeCodes(15, 74);
    expect(codes).toHaveLength(60);
    expect(codes[0]).toBe('11500');
    expect(codes[59]).toBe('17400');
    expect(singleYearAgeCodes(0, 1)).toEqual(['10010', '10100']);
  });

  it('should list one KWB table per year from 2013 to 2026 when asked for the KWB ids', () => {
    expect(KWB_TABLES.map((t) => t.year)).toEqual([2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(KWB_TABLES.find((t) => t.year === 2024)?.tableId).toBe('85984NED');
  });

  it('should answer undefined when an unknown measure is looked up', () => {
    expect(getMeasure('no_such_measure')).toBeUndefined();
    expect(isMeasureName('toString')).toBe(false);
    expect(getMeasure('jobs_sbi_J')?.source).toEqual({
      kind: 'municipal-upload',
      uploadKind: 'employment',
      field: 'banen_totaal',
      filter: { sbi: 'J' },
      producer: 'LISA',
      tables: [
        {
          api: 'file',
          tableId: '81402ned',
          years: [2008, 2009, 2010],
          dimensions: { SBI: 'J' },
          scale: 1000,
          definition: 'cbs-employee-jobs-december',
          evidence: 'cbs-export',
        },
      ],
    });
  });
});
