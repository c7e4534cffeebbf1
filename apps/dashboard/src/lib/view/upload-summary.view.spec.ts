import type { UploadResponse } from '@koers/api-contracts';
import { periodsText, uploadSummary, yearRanges } from './upload-summary.view';

const COUNTS = { rows: 12, rowsChecked: 12, observations: 24, missing: 2, inserted: 20, unchanged: 2, issues: 0 };

function response(outcome: UploadResponse['outcome'], extra: Partial<UploadResponse> = {}): UploadResponse {
  return { outcome, kind: 'vacancy', file: 'leegstand.csv', sha256: 'a', demo: false, notices: [], counts: COUNTS, ...extra };
}

describe('yearRanges', () => {
  it.each<[number[], string]>([
    [[2024], '2024'],
    [[2019, 2020, 2021, 2023], '2019–2021, 2023'],
    [[2023, 2021, 2022, 2021], '2021–2023'],
    [[2016, 2018, 2020], '2016, 2018, 2020'],
  ])('should write %p as %p', (years, expected) => {
    expect(yearRanges(years)).toBe(expected);
  });
});

describe('periodsText', () => {
  it('should give no text when the file holds no periods', () => {
    expect(periodsText([], 'nl')).toBeNull();
  });

  it('should write years as ranges when every period is a year', () => {
    expect(periodsText(['2022JJ00', '2023JJ00', '2024JJ00'], 'nl')).toBe('2022–2024');
  });

  it('should name each period when a file holds quarters', () => {
    expect(periodsText(['2024KW01', '2024KW02'], 'en')).toBe('Q1 2024, Q2 2024');
  });
});

describe('uploadSummary', () => {
  it('should show new and unchanged figures when the file was loaded', () => {
    expect(uploadSummary(response('loaded'), 'nl').counts.map((c) => [c.key, c.value])).toEqual([
      ['rows', 12],
      ['observations', 24],
      ['missing', 2],
      ['inserted', 20],
      ['unchanged', 2],
    ]);
  });

  it('should leave new and unchanged out when it was only a proefrun, which stores nothing', () => {
    expect(uploadSummary(response('dry-run-ok'), 'nl').counts.map((c) => c.key)).toEqual(['rows', 'observations', 'missing']);
  });

  it("should give the periods, the indicators and the notices in the page's language", () => {
    const notices = [{ code: 'ENCODING_CONVERTED', message: 'Omgezet uit Windows-1252.', message_en: 'Converted from Windows-1252.' }];
    const indicators = [{ id: 'office-vacancy', title: 'Office vacancy' }];
    const summary = uploadSummary(response('dry-run-ok', { notices, indicators, periods: ['2023JJ00', '2024JJ00'] }), 'en');
    expect(summary).toMatchObject({ periods: '2023–2024', indicators, notices: ['Converted from Windows-1252.'], replaces: null });
  });
});
