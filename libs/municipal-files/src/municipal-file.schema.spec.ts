import { Workbook } from 'exceljs';
import { DEFAULT_FILE_LIMITS } from './file-limits';
import { inspectMunicipalFile } from './municipal-file.schema';
import { NOW, inspectFixture, knownRegionsLookup } from './test-support/municipal-fixtures';
import type { SpecifiedUploadKind } from '@koers/indicators';

type Expected = [code: string, row: number | null, column: string | null];

// Every rule of issue #5 with the file that breaks it, and the complete list of issues that file must give.
const NOT_OK: [string, SpecifiedUploadKind, Expected[]][] = [
  [
    'unknown-column.csv',
    'vacancy',
    [
      ['MISSING_COLUMN', 1, 'm2_leeg'],
      ['UNKNOWN_COLUMN', 1, 'm2_leegstand'],
      ['UNKNOWN_COLUMN', 1, 'opmerkingen'],
    ],
  ],
  [
    'missing-column.csv',
    'vacancy',
    [
      ['MISSING_COLUMN', 1, 'functie'],
      ['MISSING_COLUMN', 1, 'bron'],
    ],
  ],
  [
    'wrong-types.csv',
    'vacancy',
    [
      ['INVALID_DATE', 2, 'peildatum'],
      ['INVALID_REGION_CODE', 2, 'gemeentecode'],
      ['INVALID_CODE', 2, 'functie'],
      ['INVALID_NUMBER', 2, 'objecten_totaal'],
      ['INVALID_NUMBER', 2, 'm2_leeg'],
      ['INVALID_DATE', 3, 'peildatum'],
      ['INVALID_REGION_CODE', 3, 'gebiedscode'],
      ['NOT_WHOLE_NUMBER', 3, 'objecten_totaal'],
      ['INVALID_NUMBER', 3, 'objecten_leeg'],
      ['REQUIRED_VALUE', 3, 'bron'],
    ],
  ],
  [
    'negative-counts.csv',
    'vacancy',
    [
      ['NEGATIVE_VALUE', 2, 'objecten_leeg'],
      ['NEGATIVE_VALUE', 2, 'm2_totaal'],
    ],
  ],
  [
    'vacant-exceeds-total.csv',
    'vacancy',
    [
      ['VACANT_EXCEEDS_TOTAL', 2, 'objecten_leeg'],
      ['VACANT_EXCEEDS_TOTAL', 2, 'm2_leeg'],
      ['LONG_VACANT_EXCEEDS_VACANT', 3, 'leeg_langer_dan_1_jaar_m2'],
    ],
  ],
  ['employment-full-part-mismatch.csv', 'employment', [['FULL_PART_TIME_MISMATCH', 2, 'banen_totaal']]],
  [
    'employment-sections-exceed-total.csv',
    'employment',
    [
      ['SECTIONS_EXCEED_TOTAL', 2, 'banen_totaal'],
      ['SECTIONS_EXCEED_TOTAL', 2, 'banen_voltijd'],
    ],
  ],
  [
    'employment-future-year.csv',
    'employment',
    [
      ['FUTURE_DATE', 2, 'jaar'],
      ['PEILDATUM_OUTSIDE_YEAR', 3, 'peildatum'],
    ],
  ],
  [
    'unknown-region.csv',
    'vacancy',
    [
      ['UNKNOWN_REGION', 2, 'gemeentecode'],
      ['REGION_OUTSIDE_MUNICIPALITY', 3, 'gebiedscode'],
      ['UNKNOWN_REGION', 4, 'gebiedscode'],
    ],
  ],
  [
    'duplicate-keys.csv',
    'vacancy',
    [
      ['DUPLICATE_KEY', 3, 'functie'],
      ['DUPLICATE_KEY', 4, 'functie'],
    ],
  ],
  ['future-dates.csv', 'vacancy', [['FUTURE_DATE', 2, 'peildatum']]],
  [
    'jobseekers-invalid-period.csv',
    'jobseekers',
    [
      ['INVALID_PERIOD', 2, 'periode'],
      ['INVALID_PERIOD', 3, 'periode'],
      ['FUTURE_DATE', 4, 'periode'],
      ['INVALID_PERIOD', 5, 'periode'],
      ['INVALID_CODE', 5, 'maatstaf'],
    ],
  ],
  [
    'ambiguous-number.csv',
    'vacancy',
    [
      ['AMBIGUOUS_NUMBER', 2, 'm2_totaal'],
      ['AMBIGUOUS_NUMBER', 2, 'm2_leeg'],
    ],
  ],
  ['unterminated-quote.csv', 'vacancy', [['CSV_UNTERMINATED_QUOTE', 2, null]]],
  ['mixed-demo.csv', 'vacancy', [['MIXED_DEMO', 3, 'bron']]],
  ['extra-fields.csv', 'vacancy', [['CSV_EXTRA_FIELDS', 2, null]]],
  ['header-only.csv', 'vacancy', [['NO_ROWS', null, null]]],
  [
    'formula-without-result.xlsx',
    'vacancy',
    [
      ['FORMULA_WITHOUT_RESULT', 2, 'm2_leeg'],
      ['ERROR_VALUE', 3, 'objecten_leeg'],
    ],
  ],
  ['legacy.xls', 'vacancy', [['UNSUPPORTED_FORMAT', null, null]]],
  ['not-text.csv', 'vacancy', [['NOT_TEXT', 3, null]]],
  ['utf16.csv', 'vacancy', [['TEXT_UTF16', null, null]]],
  ['nul-byte.csv', 'vacancy', [['NOT_TEXT', 3, null]]],
  [
    'wrong-kind.csv',
    'vacancy',
    [
      ['WRONG_KIND', 1, null],
      ['MISSING_COLUMN', 1, 'functie'],
      ['MISSING_COLUMN', 1, 'objecten_totaal'],
      ['MISSING_COLUMN', 1, 'objecten_leeg'],
      ['MISSING_COLUMN', 1, 'm2_totaal'],
      ['MISSING_COLUMN', 1, 'm2_leeg'],
      ['UNKNOWN_COLUMN', 1, 'jaar'],
      ['UNKNOWN_COLUMN', 1, 'sbi'],
      ['UNKNOWN_COLUMN', 1, 'vestigingen'],
      ['UNKNOWN_COLUMN', 1, 'banen_totaal'],
      ['UNKNOWN_COLUMN', 1, 'banen_voltijd'],
      ['UNKNOWN_COLUMN', 1, 'banen_deeltijd'],
    ],
  ],
  ['zip-bomb.xlsx', 'vacancy', [['XLSX_COMPRESSION_RATIO', null, null]]],
  ['zip-bomb-lying-sizes.xlsx', 'vacancy', [['XLSX_COMPRESSION_RATIO', null, null]]],
];

describe('inspectMunicipalFile', () => {
  it.each(NOT_OK)('should list every issue of not-ok/%s when it breaks the rules', async (file, kind, expected) => {
    const inspection = await inspectFixture(kind, `not-ok/${file}`);
    expect(inspection.issues.map((issue) => [issue.code, issue.row, issue.column])).toEqual(expected);
    for (const issue of inspection.issues) {
      expect(issue).toMatchObject({ file, message: expect.any(String), message_en: expect.any(String) });
      expect(issue.message).not.toBe(issue.message_en);
    }
  });

  it('should name the near miss in Dutch and English when a column is mistyped', async () => {
    const [missing, unknown] = (await inspectFixture('vacancy', 'not-ok/unknown-column.csv')).issues;
    expect(unknown).toMatchObject({
      value: 'm2_leegstand',
      message: expect.stringContaining('Bedoelt u "m2_leeg"?'),
      message_en: expect.stringContaining('Did you mean "m2_leeg"?'),
    });
    expect(missing!.message).toBe('De verplichte kolom "m2_leeg" ontbreekt (de kolom "m2_leegstand" lijkt erop).');
  });

  it('should keep text that looks like a formula as the value of the issue when it is in a number column', async () => {
    const issue = (await inspectFixture('vacancy', 'not-ok/wrong-types.csv')).issues.find((i) => i.column === 'm2_leeg');
    expect(issue).toMatchObject({ code: 'INVALID_NUMBER', value: "=cmd|' /C calc'!A0" });
  });

  it('should refuse the file on its size alone when it exceeds the limit', async () => {
    const inspection = await inspectFixture('vacancy', 'ok/vacancy-comma.csv', { limits: { ...DEFAULT_FILE_LIMITS, maxFileBytes: 100 } });
    expect(inspection.issues).toEqual([
      expect.objectContaining({
        code: 'FILE_TOO_LARGE',
        row: null,
        message: 'Het bestand is 0,6 kB; de grens is 0,1 kB. Splits het bestand.',
        message_en: 'The file is 0.6 kB; the limit is 0.1 kB. Split the file.',
      }),
    ]);
  });

  it('should refuse an XLSX with more rows than the limit from its row count, before reading a cell, when it is longer', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('Leegstand');
    sheet.addRow(['peildatum', 'gemeentecode', 'functie', 'objecten_totaal', 'objecten_leeg', 'm2_totaal', 'm2_leeg', 'bron']);
    for (let i = 0; i < 11; i++) sheet.addRow([`${2000 + i}-01-01`, 'GM0106', 'kantoor', 1, 0, 1, 0, 'BAG']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const inspect = (maxRows: number) =>
      inspectMunicipalFile('vacancy', 'v.xlsx', bytes, { now: NOW, limits: { ...DEFAULT_FILE_LIMITS, maxRows } }, knownRegionsLookup);
    expect((await inspect(10)).issues).toEqual([
      expect.objectContaining({ code: 'TOO_MANY_ROWS', message: expect.stringContaining('meer dan 10 gegevensrijen') }),
    ]);
    expect((await inspect(11)).issues).toEqual([]);
  });

  it('should refuse another municipality when the region table is empty', async () => {
    const inspection = await inspectFixture('vacancy', 'ok/vacancy-comma.csv', { municipality: 'GM0114' }, async () => new Set());
    expect(inspection.issues.map((issue) => [issue.code, issue.row, issue.value])).toEqual(
      [2, 3, 4, 5, 7].map((row) => ['UNKNOWN_REGION', row, 'GM0106']),
    );
    expect(inspection.registerMunicipality).toBe(false);
  });
});

describe('valid files', () => {
  it.each([
    ['vacancy', 'ok/vacancy-comma.csv', 5, []],
    ['vacancy', 'ok/vacancy-semicolon.csv', 2, []],
    ['vacancy', 'ok/vacancy-windows-1252.csv', 1, ['DECODED_WINDOWS_1252']],
    ['vacancy', 'ok/vacancy.xlsx', 3, ['FORMULA_RESULTS_USED']],
    ['vacancy', 'ok/vacancy-wijk.csv', 2, []],
    ['employment', 'ok/employment.csv', 7, []],
    ['jobseekers', 'ok/jobseekers.csv', 4, []],
  ] as const)('should accept %s file %s with %d rows and notices %j when it follows the format', async (kind, path, rows, notices) => {
    const inspection = await inspectFixture(kind, path);
    expect(inspection.issues).toEqual([]);
    expect(inspection.rows).toHaveLength(rows);
    expect(inspection.notices.map((n) => n.code)).toEqual(notices);
  });

  it('should read Dutch notation, mixed-case headers and a byte-order mark when the file comes from Dutch Excel', async () => {
    const [office, shops] = (await inspectFixture('vacancy', 'ok/vacancy-semicolon.csv')).rows;
    expect(Object.fromEntries(office!.figures)).toEqual({
      objecten_totaal: { value: 1234 },
      objecten_leeg: { value: 180 },
      m2_totaal: { value: 398000 },
      m2_leeg: { value: 59700.5 },
    });
    expect(shops!.figures.get('m2_leeg')).toEqual({ value: 1234.5 });
  });

  it('should use stored formula results, date cells and only the first sheet when reading an XLSX', async () => {
    const rows = (await inspectFixture('vacancy', 'ok/vacancy.xlsx')).rows;
    expect(rows.map((row) => [row.rowNumber, row.period.start, row.selection])).toEqual([
      [2, '2024-01-01', 'kantoor'],
      [3, '2024-01-01', 'winkel'],
      [5, '2024-01-01', 'bedrijf'],
    ]);
    expect(rows[0]!.figures.get('m2_leeg')).toEqual({ value: 59700 });
    expect(Object.fromEntries(rows[2]!.figures)).toMatchObject({ objecten_leeg: { missing: 'x' }, m2_leeg: { missing: 'empty' } });
  });

  it('should keep every missing token as its reason and normalise codes when reading vacancy-comma.csv', async () => {
    const rows = (await inspectFixture('vacancy', 'ok/vacancy-comma.csv')).rows;
    expect(rows.map((row) => row.figures.get('objecten_leeg'))).toEqual([
      { value: 61 },
      { value: 74 },
      { missing: 'x' },
      { missing: '-' },
      { value: 3 },
    ]);
    expect(rows[1]!.figures.get('leeg_langer_dan_1_jaar_m2')).toEqual({ missing: '.' });
    expect(rows[3]!.figures.get('m2_leeg')).toEqual({ missing: 'empty' });
    expect([rows[4]!.municipality, rows[4]!.selection, rows[4]!.figures.get('m2_totaal')]).toEqual(['GM0106', 'overig', { value: 12.5 }]);
  });

  it('should accept the configured municipality and ask to register it when the region table does not have it yet', async () => {
    const inspection = await inspectFixture('vacancy', 'ok/vacancy-comma.csv', { municipality: 'GM0106' }, async () => new Set());
    expect(inspection.issues).toEqual([]);
    expect(inspection.registerMunicipality).toBe(true);
    expect((await inspectFixture('vacancy', 'ok/vacancy-comma.csv')).registerMunicipality).toBe(false);
  });
});
