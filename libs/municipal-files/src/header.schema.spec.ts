import { checkHeader, levenshtein, suggestColumn } from './header.schema';
import { KIND_FORMATS } from './municipal-formats';
import { RawTable } from './municipal.types';

const vacancyColumns = KIND_FORMATS.vacancy.columns.map((spec) => spec.name);

describe('header validation', () => {
  it('should count edits when comparing two names', () => {
    expect(levenshtein('peildatum', 'peil_datum')).toBe(1);
    expect(levenshtein('', 'abc')).toBe(3);
    expect(levenshtein('kitten', 'sitting')).toBe(3);
  });

  it.each([
    ['m2_leegstand', 'm2_leeg'],
    ['objecten_leegstand', 'objecten_leeg'],
    ['peil_datum', 'peildatum'],
    ['Gemeente code', 'gemeentecode'],
    ['m²_totaal', 'm2_totaal'],
    ['opmerkingen', 'opmerking'],
  ])('should suggest the near miss of %s when a column is mistyped', (typed, expected) => {
    expect(suggestColumn(typed, vacancyColumns)).toBe(expected);
  });

  it('should suggest nothing when no column is close', () => {
    expect(suggestColumn('postcode', vacancyColumns)).toBeUndefined();
  });

  it('should report unknown, duplicate, unnamed and missing columns together when the header has them all', () => {
    const table: RawTable = {
      format: 'csv',
      headerRow: 1,
      header: ['peildatum', 'Peildatum', 'gemeentecode', 'functie', 'objecten_totaal', 'objecten_leeg', 'm2_totaal', 'm2_leegstand', 'bron', ''],
      rows: [{ rowNumber: 2, cells: ['2024-01-01', '', 'GM0106', 'kantoor', '1', '0', '1', '0', 'b', 'iets'] }],
    };
    const { issues, columns } = checkHeader(KIND_FORMATS.vacancy, table, 'f.csv');
    expect(issues.map((issue) => [issue.code, issue.column])).toEqual([
      ['DUPLICATE_COLUMN', 'peildatum'],
      ['UNKNOWN_COLUMN', 'm2_leegstand'],
      ['UNNAMED_COLUMN', null],
      ['MISSING_COLUMN', 'm2_leeg'],
    ]);
    expect(issues[1]!.message).toContain('Bedoelt u "m2_leeg"?');
    expect(issues[3]!.message_en).toContain('the column "m2_leegstand" looks like it');
    expect(columns.get('peildatum')).toBe(0);
  });
});
