import { NO_IMPACT } from './file-impact';
import { fileIssue, notice } from './file-issue';
import { ImportResult, uploadResponse } from './import-result';

const issue = fileIssue('INVALID_NUMBER', { file: 'v.csv', row: 2, column: 'm2_leeg', value: 'veel' }, 'Geen getal.', 'Not a number.');
const result: ImportResult = {
  outcome: 'rejected',
  kind: 'vacancy',
  fileName: 'v.csv',
  sha256: 'ab',
  sizeBytes: 10,
  demo: false,
  issues: [issue],
  issuesTruncated: false,
  notices: [notice('DECODED_WINDOWS_1252', 'Gelezen als Windows-1252.', 'Read as Windows-1252.')],
  counts: { rows: 1, rowsChecked: 1, observations: 0, missing: 0, inserted: 0, unchanged: 0, issues: 1 },
  impact: NO_IMPACT,
  versionId: null,
  runId: '7',
  replaces: null,
};

describe('uploadResponse', () => {
  it('should give every issue and notice message in English and keep message_en when lang is en', () => {
    const body = uploadResponse(result, 'en');
    expect(body.issues).toEqual([
      { code: 'INVALID_NUMBER', row: 2, column: 'm2_leeg', value: 'veel', message: 'Not a number.', message_en: 'Not a number.' },
    ]);
    expect(body.notices).toEqual([{ code: 'DECODED_WINDOWS_1252', message: 'Read as Windows-1252.', message_en: 'Read as Windows-1252.' }]);
  });

  it('should give Dutch messages when no language is asked for', () => {
    const body = uploadResponse(result);
    expect(body.outcome).toBe('rejected');
    expect(body.issues?.[0]).toMatchObject({ message: 'Geen getal.', message_en: 'Not a number.' });
    expect(body).toMatchObject({ counts: { rows: 1, rowsChecked: 1, issues: 1 }, issuesTruncated: false, periods: [], indicators: [] });
  });

  it('should name the periods and the indicators in the language asked for when a dry run is valid', () => {
    const ok: ImportResult = {
      ...result,
      outcome: 'dry-run-ok',
      issues: [],
      runId: null,
      impact: { periods: ['2024JJ00'], indicators: [{ id: 'office-vacancy', title: { nl: 'Leegstand kantoren', en: 'Office vacancy' } }] },
    };
    expect(uploadResponse(ok, 'en')).toMatchObject({ outcome: 'dry-run-ok' });
    expect(uploadResponse(ok, 'en')).toMatchObject({
      periods: ['2024JJ00'],
      indicators: [{ id: 'office-vacancy', title: 'Office vacancy' }],
      message: 'Dry run: the file is valid; nothing was stored.',
    });
  });
});
