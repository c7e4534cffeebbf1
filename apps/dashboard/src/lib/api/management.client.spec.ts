import type { ApiProblem, RunRequestView, UploadedFileDetailResponse, UploadRejectedProblem, UploadResponse } from '@koers/api-contracts';
import { failureOf, getRunRequest, requestRun, uploadFile, whoAmI, withdrawUpload } from './management.client';

const REQUEST: RunRequestView = {
  id: '7',
  source: 'inbox',
  tableId: null,
  requestedBy: 'admin-token',
  requestedAt: '2026-11-28T10:00:00Z',
  status: 'queued',
  startedAt: null,
  finishedAt: null,
  runIds: [],
  errorMessage: null,
};

/** A problem as the API sends it (RFC 9457). */
function problem(status: number, code: string, detail: string, instance: string): ApiProblem {
  return { status, title: `HTTP ${status}`, detail, instance, code };
}

/** The API's 422 for a rejected upload: a problem with the import's answer beside it. */
function rejection(answer: Omit<UploadResponse, 'outcome' | 'kind' | 'file' | 'sha256' | 'demo' | 'notices'>): UploadRejectedProblem {
  const file = { outcome: 'rejected', kind: 'vacancy', file: 'f.csv', sha256: 'a', demo: false, notices: [] } as const;
  return { ...problem(422, 'UPLOAD_REJECTED', 'Het bestand "f.csv" is afgewezen.', '/api/v1/uploads/vacancy'), ...file, ...answer };
}

describe('management client', () => {
  const fetchMock = jest.fn<Promise<Response>, [string, RequestInit]>();
  const reply = (status: number, body: unknown) =>
    fetchMock.mockResolvedValueOnce(new Response(body === undefined ? null : JSON.stringify(body), { status }));

  beforeEach(() => {
    fetchMock.mockReset();
    global.fetch = fetchMock as unknown as typeof fetch;
  });

  it.each([
    [401, problem(401, 'UNAUTHORIZED', 'x', '/api/v1/auth/whoami'), { kind: 'unauthorized' }],
    [403, problem(403, 'FORBIDDEN', 'x', '/api/v1/etl/runs'), { kind: 'forbidden' }],
    [
      400,
      {
        ...problem(400, 'INVALID_PARAMETER', 'Onbekende bron.', '/api/v1/etl/runs'),
        'invalid-params': [{ name: 'source', reason: 'onbekend' }],
      },
      { kind: 'failed', status: 400, message: 'Onbekende bron.' },
    ],
    [502, undefined, { kind: 'failed', status: 502, message: null }],
  ])('should read status %p as %p when a call fails', (status, body, expected) => {
    expect(failureOf({ status, body: body ?? null })).toEqual(expected);
  });

  it('should say the API cannot be reached when fetch throws', async () => {
    fetchMock.mockRejectedValueOnce(new TypeError('fetch failed'));
    await expect(whoAmI('k', 'nl')).resolves.toEqual({ kind: 'unreachable' });
  });

  it('should send the key as a bearer token and ask English texts when the page is English', async () => {
    reply(200, { role: 'admin', prefix: 'admin-token', name: null });
    await expect(whoAmI('secret', 'en')).resolves.toEqual({ kind: 'ok', who: { role: 'admin', prefix: 'admin-token', name: null } });
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/v1/auth/whoami?lang=en');
    expect((init.headers as Record<string, string>)['authorization']).toBe('Bearer secret');
  });

  it('should give every issue when the API rejects an upload with 422', async () => {
    const issues = [
      { code: 'NOT_A_NUMBER', row: 3, column: 'leegstaand_m2', value: 'veel', message: 'Geen getal.', message_en: 'Not a number.' },
    ];
    reply(422, rejection({ issues }));
    await expect(uploadFile('vacancy', new Blob(['x']), 'f.csv', 'k', 'nl')).resolves.toEqual({
      kind: 'rejected',
      issues,
      truncated: false,
    });
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/v1/uploads/vacancy');
    expect((init.body as FormData).get('file')).toBeInstanceOf(Blob);
  });

  it.each([
    [201, 'loaded', 'loaded'],
    [200, 'already-loaded', 'already-loaded'],
    [200, 'dry-run-ok', 'dry-run'],
  ] as const)('should read an upload answered %p with outcome %p as %p, by the outcome in the body', async (status, outcome, kind) => {
    const body: UploadResponse = { outcome, kind: 'vacancy', file: 'f.csv', sha256: 'a', demo: false, notices: [], runId: '12' };
    reply(status, body);
    await expect(uploadFile('vacancy', new Blob(['x']), 'f.csv', 'k', 'nl')).resolves.toEqual({ kind, response: body });
  });

  it('should take an upload answer without an outcome for the failure it is, whatever its status', async () => {
    reply(200, { note: 'a proxy page, not the API' });
    await expect(uploadFile('vacancy', new Blob(['x']), 'f.csv', 'k', 'nl')).resolves.toEqual({
      kind: 'failed',
      status: 200,
      message: null,
    });
  });

  it('should ask a dry run and read its 200 as the check it is when the proefrun box is ticked', async () => {
    const body: UploadResponse = {
      outcome: 'dry-run-ok',
      kind: 'vacancy',
      file: 'f.csv',
      sha256: 'a',
      demo: false,
      notices: [],
      periods: ['2024JJ00'],
      indicators: [{ id: 'office-vacancy', title: 'Leegstand kantoren' }],
    };
    reply(200, body);
    await expect(uploadFile('vacancy', new Blob(['x']), 'f.csv', 'k', 'en', { dryRun: true })).resolves.toEqual({
      kind: 'dry-run',
      response: body,
    });
    expect(fetchMock.mock.calls[0]![0]).toBe('/api/v1/uploads/vacancy?dryRun=true&lang=en');
  });

  it('should name the version it replaces and why when a file is a new version of a stored one', async () => {
    reply(201, { outcome: 'loaded', kind: 'vacancy', file: 'f.csv', sha256: 'a', demo: false, notices: [] } satisfies UploadResponse);
    await uploadFile('vacancy', new Blob(['x']), 'f.csv', 'k', 'nl', {
      dryRun: false,
      replaces: { id: '12', reason: 'Peildatum verbeterd' },
    });
    expect(fetchMock.mock.calls[0]![0]).toBe('/api/v1/uploads/vacancy?replaces=12&reason=Peildatum+verbeterd');
  });

  it('should say the list of issues was cut when the API stopped checking', async () => {
    reply(422, rejection({ issues: [], issuesTruncated: true }));
    await expect(uploadFile('vacancy', new Blob(['x']), 'f.csv', 'k', 'nl')).resolves.toEqual({
      kind: 'rejected',
      issues: [],
      truncated: true,
    });
  });

  it('should post the reason as JSON and give the withdrawn file when a withdrawal succeeds', async () => {
    const file = {
      id: '12',
      withdrawal: { withdrawnAt: '2026-12-01T10:00:00Z', withdrawnBy: 'api-key:koers_ab', reason: 'Verkeerde peildatum', replacedBy: null },
    } as unknown as UploadedFileDetailResponse;
    reply(200, file);
    await expect(withdrawUpload('12', 'Verkeerde peildatum', 'k', 'nl')).resolves.toEqual({ kind: 'ok', file });
    const [url, init] = fetchMock.mock.calls[0]!;
    expect([url, init.method, init.body]).toEqual([
      '/api/v1/uploads/files/12/withdraw',
      'POST',
      JSON.stringify({ reason: 'Verkeerde peildatum' }),
    ]);
  });

  it('should give the API message when a file was withdrawn before', async () => {
    reply(409, problem(409, 'UPLOAD_ALREADY_WITHDRAWN', 'Dit bestand is al ingetrokken.', '/api/v1/uploads/files/12/withdraw'));
    await expect(withdrawUpload('12', 'nogmaals', 'k', 'nl')).resolves.toEqual({
      kind: 'failed',
      status: 409,
      message: 'Dit bestand is al ingetrokken.',
    });
  });

  it('should post the source as JSON and give the queued request when the API accepts a run', async () => {
    reply(202, REQUEST);
    await expect(requestRun({ source: 'inbox' }, 'k', 'nl')).resolves.toEqual({ kind: 'ok', request: REQUEST });
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/v1/etl/runs');
    expect(init.method).toBe('POST');
    expect(JSON.parse(init.body as string)).toEqual({ source: 'inbox' });
  });

  it('should say forbidden when a key without the admin role asks for a run', async () => {
    reply(403, problem(403, 'FORBIDDEN', 'Niet toegestaan.', '/api/v1/etl/runs'));
    await expect(requestRun({ source: 'cbs' }, 'k', 'nl')).resolves.toEqual({ kind: 'forbidden' });
  });

  it('should read a request by its id when it is followed', async () => {
    reply(200, { ...REQUEST, status: 'done', runIds: ['31'] });
    await expect(getRunRequest('7', 'k', 'nl')).resolves.toEqual({ kind: 'ok', request: { ...REQUEST, status: 'done', runIds: ['31'] } });
    expect(fetchMock.mock.calls[0]![0]).toBe('/api/v1/etl/requests/7');
  });
});
