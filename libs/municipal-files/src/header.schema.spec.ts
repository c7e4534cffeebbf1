import { checkHeader, levenshtein, suggestColumn } from './header.schema';
import { KIND_FORMATS } from './municipal-formats';
import { RawRow } from './municipal.types';

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

  it('should report unknown, duplicate and missing columns together and keep the unnamed ones for later when the header has them all', () => {
    const header: RawRow = {
      rowNumber: 1,
      cells: [
        'peildatum',
        'Peildatum',
        'gemeentecode',
        'functie',
        'objecten_totaal',
        'objecten_leeg',
        'm2_totaal',
        'm2_leegstand',
        'bron',
        '',
      ],
    };
    const { issues, columns, unnamed } = checkHeader(KIND_FORMATS.vacancy, header, 'f.csv');
    expect(issues.map((issue) => [issue.code, issue.column])).toEqual([
      ['DUPLICATE_COLUMN', 'peildatum'],
      ['UNKNOWN_COLUMN', 'm2_leegstand'],
      ['MISSING_COLUMN', 'm2_leeg'],
    ]);
    expect(issues[1]!.message).toContain('Bedoelt u "m2_leeg"?');
    expect(issues[2]!.message_en).toContain('the column "m2_leegstand" looks like it');
    expect(columns.get('peildatum')).toBe(0);
    // Only a value in some row makes a nameless column an issue (see the sheet validation).
    expect(unnamed).toEqual([9]);
  });
});
