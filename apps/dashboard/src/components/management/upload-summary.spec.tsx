import { renderToStaticMarkup } from 'react-dom/server';
import type { UploadResponse } from '@koers/api-contracts';
import { UploadStatus } from './upload-status';
import { UploadSummary } from './upload-summary';

const LOADED: UploadResponse = {
  outcome: 'loaded',
  kind: 'vacancy',
  file: 'leegstand.csv',
  sha256: 'a',
  demo: false,
  notices: [{ code: 'ENCODING_CONVERTED', message: 'Omgezet uit Windows-1252.', message_en: 'Converted from Windows-1252.' }],
  counts: { rows: 2, rowsChecked: 2, observations: 10, missing: 1, inserted: 4, unchanged: 6, issues: 0 },
  periods: ['2023JJ00', '2024JJ00'],
  indicators: [{ id: 'office-vacancy', title: 'Leegstand kantoren' }],
  replaces: {
    versionId: '3',
    withdrawnAt: '2026-12-01T10:00:00Z',
    withdrawnBy: 'api-key:koers_ab',
    reason: 'vervangen door leegstand.csv',
  },
};

describe('UploadSummary', () => {
  it('should show the counts, periods, indicators with links, notices and the replaced file when a file was loaded', () => {
    const html = renderToStaticMarkup(<UploadSummary response={LOADED} lang="nl" />);
    expect(html).toContain(
      '<dt class="text-tremor-content-emphasis">Nieuw of gewijzigd</dt><dd class="tabular-nums" data-value="4">4</dd>',
    );
    expect(html).toContain('<dd data-testid="upload-periods">2023–2024</dd>');
    expect(html).toContain('<a class="underline" href="/indicatoren/office-vacancy">Leegstand kantoren</a>');
    expect(html).toContain('<li>Omgezet uit Windows-1252.</li>');
    expect(html).toContain('Vervangt bestand #3; dat is ingetrokken.');
  });

  it('should say no indicator uses the figures and what it would replace when a proefrun changes no indicator', () => {
    const html = renderToStaticMarkup(
      <UploadSummary
        response={{ ...LOADED, outcome: 'dry-run-ok', indicators: [], replaces: { ...LOADED.replaces!, withdrawnAt: null } }}
        lang="en"
      />,
    );
    expect(html).toContain('No indicator uses these figures.');
    expect(html).toContain('Would replace file #3');
    expect(html).not.toContain('New or changed');
  });
});

describe('UploadStatus', () => {
  it('should say the file counts when it was not withdrawn', () => {
    expect(renderToStaticMarkup(<UploadStatus withdrawal={null} lang="nl" />)).toContain('telt mee');
  });

  it('should give who withdrew a file, when, why and what replaced it when it was withdrawn', () => {
    const html = renderToStaticMarkup(
      <UploadStatus
        withdrawal={{ withdrawnAt: '2026-12-01T10:00:00Z', withdrawnBy: 'api-key:koers_ab', reason: 'Dubbele telling', replacedBy: '5' }}
        lang="nl"
      />,
    );
    expect(html).toContain('ingetrokken');
    expect(html).toContain('op 1 december 2026 11:00 door api-key:koers_ab');
    expect(html).toContain('Dubbele telling');
    expect(html).toContain('vervangen door #5');
  });
});
