import { MAX_LISTED_ISSUES, cellText, fileIssue, orderIssues } from './file-issue';

const issue = (row: number | null, column: string | null) =>
  fileIssue('INVALID_NUMBER', { file: 'f.csv', row, column, value: null }, 'nl', 'en');

describe('orderIssues', () => {
  it('should put file issues first, then rows in order, then columns in format order when sorting', () => {
    const sorted = orderIssues([issue(3, 'b'), issue(2, 'zz'), issue(null, null), issue(2, 'b'), issue(2, 'a')], ['a', 'b'], 'f.csv');
    expect(sorted.map((i) => [i.row, i.column])).toEqual([
      [null, null],
      [2, 'a'],
      [2, 'b'],
      [2, 'zz'],
      [3, 'b'],
    ]);
  });

  it('should list the first issues and count the rest in one closing issue when there are too many', () => {
    const sorted = orderIssues(
      Array.from({ length: MAX_LISTED_ISSUES + 5 }, (_, i) => issue(i + 2, 'a')),
      ['a'],
      'f.csv',
    );
    expect(sorted).toHaveLength(MAX_LISTED_ISSUES + 1);
    expect(sorted[MAX_LISTED_ISSUES]).toMatchObject({
      code: 'TOO_MANY_ISSUES',
      value: String(MAX_LISTED_ISSUES + 5),
      message: expect.stringContaining('Nog 5 problemen'),
    });
  });

  it('should close the list with how far the check got when the check stopped early', () => {
    const sorted = orderIssues(
      Array.from({ length: MAX_LISTED_ISSUES }, (_, i) => issue(i + 2, 'a')),
      ['a'],
      'f.csv',
      { rowsChecked: 1000, rowsRead: 40000 },
    );
    expect(sorted).toHaveLength(MAX_LISTED_ISSUES + 1);
    expect(sorted[MAX_LISTED_ISSUES]).toMatchObject({
      code: 'TOO_MANY_ISSUES',
      message:
        'De controle is gestopt bij 1.000 problemen, na 1.000 van de 40.000 rijen; alleen die staan hier. Verbeter ze en controleer het bestand opnieuw.',
      message_en:
        'The check stopped at 1,000 issues, after 1,000 of 40,000 rows; only those are listed. Fix them and check the file again.',
    });
  });
});

describe('cellText', () => {
  it('should show a cell as the person sees it when reporting its value', () => {
    expect([cellText(null), cellText(12.5), cellText(true), cellText(new Date('2024-01-01T00:00:00Z'))]).toEqual([
      null,
      '12.5',
      'WAAR',
      '2024-01-01',
    ]);
    expect(cellText({ broken: 'formula-without-result', text: 'A1*2' })).toBe('=A1*2');
  });
});
