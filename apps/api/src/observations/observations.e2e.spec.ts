import request from 'supertest';
import { E2eApi, startE2eApi } from '../test-support/e2e-app';
import { arrowObjects, csvObjects, getBytes, parquetObjects } from '../test-support/read-downloads';

type Row = Record<string, unknown>;
const ALL_ROWS = 56 + 60 + 1 + 30;

/** A JSON page row in the column names and text forms of the file formats. */
function asExport(row: Row): Row {
  return {
    table: row.table,
    provider: row.provider,
    measure: row.measure,
    key: row.key,
    dimensions: row.dimensions,
    region: row.region,
    period: row.period,
    period_start: row.periodStart,
    period_end: row.periodEnd,
    value: row.value,
    missing_reason: row.missingReason,
    status: row.status,
    provisional: row.provisional,
    publication_version: row.publicationVersion,
    published_at: row.publishedAt,
    demo: row.demo,
    evidence: row.evidence,
  };
}

function fromFile(row: Row): Row {
  const day = (v: unknown) =>
    v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'number' ? new Date(v).toISOString().slice(0, 10) : v;
  const time = (v: unknown) => (v instanceof Date ? v.toISOString() : typeof v === 'number' ? new Date(v).toISOString() : v);
  return {
    ...row,
    dimensions: JSON.parse(String(row.dimensions)),
    period_start: day(row.period_start),
    period_end: day(row.period_end),
    published_at: time(row.published_at),
  };
}

describe('GET /api/v1/observations', () => {
  let api: E2eApi;
  beforeAll(async () => (api = await startE2eApi()));
  afterAll(() => api.close());

  const page = async (query: string) => (await request(api.server).get(`/api/v1/observations${query}`).expect(200)).body;

  it('should give every current observation on one page when nothing is filtered', async () => {
    const body = await page('');
    expect(body.data).toHaveLength(ALL_ROWS);
    expect(body.page).toEqual({ limit: 1000, nextCursor: null });
    expect(body.asOf).toBeNull();
  });

  it('should keep the table, measure, region and years asked for when filtered', async () => {
    const body = await page('?table=03759NED&measure=M000352&region=GM0106&from=2025');
    expect(body.data).toEqual([
      expect.objectContaining({
        table: '03759ned',
        key: 'M000352',
        measure: 'population_total',
        region: 'GM0106',
        period: '2025JJ00',
        value: 70392,
      }),
      expect.objectContaining({
        period: '2026JJ00',
        value: 70769,
        status: 'definitive',
        provisional: false,
        publicationVersion: '2026-06-23T00:00:00+02:00',
      }),
    ]);
    const kwb = await page('?table=85984NED&measure=population_total&region=GM0106,WK010600');
    expect(kwb.data.map((r: Row) => [r.region, r.value])).toEqual([
      ['GM0106', 69701],
      ['WK010600', 7165],
    ]);
    expect((await page('?measure=population_total&to=2019')).data).toHaveLength(7);
  });

  it('should give the figure as published on a date when asOf is given', async () => {
    const at = async (date: string) => (await page(`?table=03759ned&region=GM0106&from=2026&asOf=${date}`)).data;
    // The definitive figure was published 2026-06-23 00:00 Dutch time; before that only the provisional one.
    expect(await at('2026-06-22')).toEqual([
      expect.objectContaining({
        period: '2026JJ00',
        value: 70769,
        status: 'provisional',
        provisional: true,
        publicationVersion: '2026-03-13T00:00:00+01:00',
        publishedAt: '2026-03-12T23:00:00.000Z',
      }),
    ]);
    expect(await at('2026-06-23')).toEqual([
      expect.objectContaining({ status: 'definitive', publicationVersion: '2026-06-23T00:00:00+02:00' }),
    ]);
    expect(await at('2026-03-12')).toEqual([]);
    expect((await page('?asOf=2021-03-26')).data).toHaveLength(61);
    expect((await page('?asOf=2021-03-26')).asOf).toBe('2021-03-26');
  });

  it('should give every row exactly once when paged with the cursor', async () => {
    const all = (await page('')).data;
    const seen: Row[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const body = await page(`?limit=40${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...body.data);
      cursor = body.page.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(Math.ceil(ALL_ROWS / 40));
    expect(seen).toEqual(all);
  });

  it('should page with the cursor too when asOf is given', async () => {
    // On 2021-03-26 only the KWB 2020 table (61 figures) was published.
    const all = (await page('?asOf=2021-03-26')).data;
    const first = await page('?asOf=2021-03-26&limit=25');
    const second = await page(`?asOf=2021-03-26&limit=25&cursor=${first.page.nextCursor}`);
    const third = await page(`?asOf=2021-03-26&limit=25&cursor=${second.page.nextCursor}`);
    expect(third.page.nextCursor).toBeNull();
    expect([...first.data, ...second.data, ...third.data]).toEqual(all);
    expect(all.every((row: Row) => row.table === '84799NED')).toBe(true);
  });

  it('should hold the same rows as the JSON when read back as CSV, Arrow and Parquet', async () => {
    const query = '?table=03759ned&region=GM0106,PV22';
    const json: Row[] = (await page(query)).data.map(asExport);
    expect(json).toHaveLength(16);
    const csv = csvObjects((await request(api.server).get(`/api/v1/observations${query}&format=csv`).expect(200)).text, ',');
    expect(csv.map((r) => ({ ...r, dimensions: JSON.parse(r.dimensions!) }))).toEqual(
      json.map((r: Row) =>
        Object.fromEntries(Object.entries(r).map(([k, v]) => [k, k === 'dimensions' ? v : v === null ? '' : String(v)])),
      ),
    );
    const nl = (await request(api.server).get(`/api/v1/observations${query}&format=csv&dialect=nl`).expect(200)).text;
    expect(nl.startsWith('\uFEFFtable;provider;measure;')).toBe(true);
    expect(arrowObjects((await getBytes(api, `/api/v1/observations${query}&format=arrow`)).body).rows.map(fromFile)).toEqual(json);
    expect((await parquetObjects((await getBytes(api, `/api/v1/observations${query}&format=parquet`)).body)).map(fromFile)).toEqual(json);
  });

  it('should give a header or schema and no rows when nothing matches', async () => {
    const query = '?table=03759ned&region=WK010600';
    expect((await request(api.server).get(`/api/v1/observations${query}&format=csv`).expect(200)).text.trim().split('\n')).toHaveLength(1);
    const arrow = arrowObjects((await getBytes(api, `/api/v1/observations${query}&format=arrow`)).body);
    expect(arrow).toEqual({ fields: expect.arrayContaining(['table', 'value', 'published_at']), rows: [] });
    expect(await parquetObjects((await getBytes(api, `/api/v1/observations${query}&format=parquet`)).body)).toEqual([]);
    expect((await request(api.server).get(`/api/v1/observations${query}`).expect(200)).body.data).toEqual([]);
  });

  it('should stream the older version when a file is asked with asOf', async () => {
    const csv = csvObjects(
      (await request(api.server).get('/api/v1/observations?table=03759ned&region=GM0106&from=2026&asOf=2026-05-01&format=csv').expect(200))
        .text,
      ',',
    );
    expect(csv).toEqual([
      expect.objectContaining({ period: '2026JJ00', status: 'provisional', publication_version: '2026-03-13T00:00:00+01:00' }),
    ]);
  });

  it('should answer 304 when the page is unchanged and the client sends its ETag', async () => {
    const first = await request(api.server).get('/api/v1/observations?region=GM0106').expect(200);
    await request(api.server).get('/api/v1/observations?region=GM0106').set('If-None-Match', first.headers.etag!).expect(304);
    const file = await request(api.server).get('/api/v1/observations?region=GM0106&format=csv').expect(200);
    await request(api.server).get('/api/v1/observations?region=GM0106&format=csv').set('If-None-Match', file.headers.etag!).expect(304);
  });

  it('should answer 404 naming the table, measure or region when it is not loaded', async () => {
    expect((await request(api.server).get('/api/v1/observations?table=86098NED').expect(404)).body).toMatchObject({
      code: 'TABLE_NOT_FOUND',
      detail: expect.stringContaining('86098NED'),
    });
    expect((await request(api.server).get('/api/v1/observations?measure=new_build_dwellings').expect(404)).body.code).toBe(
      'MEASURE_NOT_FOUND',
    );
    expect((await request(api.server).get('/api/v1/observations?table=03759ned&measure=AantalInwoners_5').expect(404)).body.code).toBe(
      'MEASURE_NOT_FOUND',
    );
    expect((await request(api.server).get('/api/v1/observations?region=GM0106,GM9999').expect(404)).body.detail).toContain('GM9999');
  });

  it('should answer 400 naming the parameter when a value is refused', async () => {
    const cases: [string, string][] = [
      ['asOf=2026-13-01', 'asOf'],
      ['asOf=yesterday', 'asOf'],
      ['cursor=bm90LWEtY3Vyc29y', 'cursor'],
      ['format=xlsx', 'format'],
      ['limit=0', 'limit'],
      ['limit=10001', 'limit'],
      ['from=2025&to=2020', 'to'],
      ['region=GM0106;DROP', 'region'],
      ['table=x%27%3B', 'table'],
    ];
    for (const [query, parameter] of cases) {
      const { body } = await request(api.server).get(`/api/v1/observations?${query}`).expect(400);
      expect(body).toMatchObject({ code: 'INVALID_PARAMETER', 'invalid-params': [{ name: parameter, reason: expect.any(String) }] });
    }
  });
});
