import request from 'supertest';
import { INDICATOR_DOWNLOAD_COLUMNS, OBSERVATION_COLUMNS } from '@koers/api-contracts';
import { INDICATORS, roundTo } from '@koers/indicators';
import { E2eApi, startE2eApi } from '../test-support/e2e-app';
import { arrowObjects, csvObjects, getBytes, parquetObjects } from '../test-support/read-downloads';
import { API_VERSION } from '../api-version';

type Row = Record<string, unknown>;

/** A JSON cell as our CSV writes it. */
function csvCell(value: unknown, decimal: string): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value).replace('.', decimal);
  return String(value);
}

/** Dates as Arrow and Parquet return them (epoch ms or Date), as the JSON's ISO text. */
function isoDay(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return typeof value === 'number' ? new Date(value).toISOString().slice(0, 10) : value;
}
function isoTime(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  return typeof value === 'number' || typeof value === 'bigint' ? new Date(Number(value)).toISOString() : value;
}

describe('GET /api/v1/downloads', () => {
  let api: E2eApi;
  let indicatorsJson: Row[];
  beforeAll(async () => {
    api = await startE2eApi();
    indicatorsJson = (await request(api.server).get('/api/v1/downloads/indicators.json').expect(200)).body as Row[];
  });
  afterAll(() => api.close());

  it('should list both downloads with every format and the data package when asked', async () => {
    const { body } = await request(api.server).get('/api/v1/downloads?lang=en').expect(200);
    expect(body.datapackage).toBe('/api/v1/downloads/datapackage.json');
    expect(body.data.map((d: { id: string }) => d.id)).toEqual(['indicators', 'observations']);
    expect(body.data[0].title).toBe('Indicators per region and period');
    const urls: string[] = body.data[0].distributions.map((d: { url: string }) => d.url);
    expect(urls).toEqual([
      '/api/v1/downloads/indicators.csv',
      '/api/v1/downloads/indicators-nl.csv',
      '/api/v1/downloads/indicators.json',
      '/api/v1/downloads/indicators.arrow',
      '/api/v1/downloads/indicators.parquet',
    ]);
    // Every address answers as it is given, on the API's host.
    for (const url of [body.datapackage, ...urls]) await request(api.server).get(url).expect(200);
  });

  it('should describe every download with its schema, dialect and sources when the data package is asked', async () => {
    const { body } = await request(api.server).get('/api/v1/downloads/datapackage.json').expect(200);
    expect(body.profile).toBe('data-package');
    expect(body.version).toMatch(new RegExp(`^${API_VERSION.replace(/\./g, '\\.')}\\+data\\.[0-9a-f]{24}$`));
    // The international files only: the Dutch Excel CSV is a file for people, outside the package.
    expect(body.resources.map((r: { path: string }) => r.path)).toEqual([
      'indicators.csv',
      'indicators.json',
      'indicators.arrow',
      'indicators.parquet',
      'observations.csv',
      'observations.json',
      'observations.arrow',
      'observations.parquet',
    ]);
    const csv = body.resources.find((r: { name: string }) => r.name === 'indicators-csv');
    expect(csv).toMatchObject({ profile: 'tabular-data-resource', encoding: 'utf-8', dialect: { delimiter: ',' } });
    expect(csv.schema.fields.map((f: { name: string }) => f.name)).toEqual([...INDICATOR_DOWNLOAD_COLUMNS]);
    expect(csv.schema.primaryKey).toEqual(['indicator', 'region', 'period']);
    const observations = body.resources.find((r: { name: string }) => r.name === 'observations-parquet');
    expect(observations.profile).toBe('data-resource');
    expect(observations.schema.fields.map((f: { name: string }) => f.name)).toEqual([...OBSERVATION_COLUMNS]);
    // dimensions is JSON text in every format; published_at follows the pattern the files are written in.
    expect(observations.schema.fields.find((f: { name: string }) => f.name === 'dimensions').type).toBe('string');
    expect(observations.schema.fields.find((f: { name: string }) => f.name === 'published_at')).toMatchObject({
      type: 'datetime',
      format: '%Y-%m-%dT%H:%M:%S.%fZ',
    });
    const titles: string[] = body.sources.map((s: { title: string }) => s.title);
    expect(titles).toContain('CBS StatLine 03759ned: Bevolking op 1 januari en gemiddeld; geslacht, leeftijd en regio');
    expect(new Set(body.sources.map((s: { path?: string; title: string }) => s.path ?? s.title)).size).toBe(body.sources.length);
  });

  it('should give every indicator × region × period with the computed values when the JSON is read', () => {
    const assen2026 = indicatorsJson.find((r) => r.indicator === 'population-total' && r.region === 'GM0106' && r.period === '2026JJ00');
    expect(assen2026).toEqual({
      indicator: 'population-total',
      ambition: 'generaties',
      region: 'GM0106',
      region_name: 'Assen',
      region_level: 'gemeente',
      period: '2026JJ00',
      year: 2026,
      value: 70769,
      unit: 'count',
      status: 'moderate_progress',
      provisional: false,
      missing_reason: null,
      demo: false,
      evidence: 'cbs',
      sources: 'cbs-v4:03759ned',
    });
    // The status stands once, on the period it judges, not on the years before.
    const assenSeries = indicatorsJson.filter((r) => r.indicator === 'population-total' && r.region === 'GM0106');
    expect(assenSeries.filter((r) => r.status !== null).map((r) => r.period)).toEqual(['2026JJ00']);
    const assistance = indicatorsJson.find(
      (r) => r.indicator === 'social-assistance-per-1000' && r.region === 'WK010600' && r.period === '2020JJ00',
    );
    expect(assistance?.value).toBeCloseTo((270 / 6590) * 1000, 10);
    const housing = indicatorsJson.find((r) => r.indicator === 'housing-stock' && r.region === 'GM0106' && r.period === '2020JJ00');
    // Missing stays missing: the library's reason for a missing input (the source's "null" is in its missingInputs).
    expect(housing).toMatchObject({ value: null, missing_reason: 'input-missing' });
    expect(new Set(indicatorsJson.map((r) => r.region)).size).toBe(17);
  });

  it('should hold the same rows in the international CSV when it is read back', async () => {
    const response = await request(api.server).get('/api/v1/downloads/indicators.csv').expect(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="koers-indicators.csv"');
    expect(response.text.charCodeAt(0)).not.toBe(0xfeff);
    const rows = csvObjects(response.text, ',');
    expect(rows).toEqual(indicatorsJson.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, csvCell(v, '.')]))));
  });

  it('should hold the same rows with semicolons, decimal commas, a BOM and values rounded as shown when the Excel CSV is read back', async () => {
    const response = await request(api.server).get('/api/v1/downloads/indicators-nl.csv').expect(200);
    expect(response.headers['content-disposition']).toBe('attachment; filename="koers-indicators-nl.csv"');
    expect(response.text.charCodeAt(0)).toBe(0xfeff);
    const rows = csvObjects(response.text.slice(1), ';');
    const decimals = new Map(INDICATORS.map((i) => [i.id, i.decimals]));
    const rounded = (row: Row) => ({
      ...row,
      value: typeof row.value === 'number' ? roundTo(row.value, decimals.get(String(row.indicator))!) : row.value,
    });
    expect(rows).toEqual(
      indicatorsJson.map(rounded).map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, csvCell(v, ',')]))),
    );
    // 30.61269114710127 per 1,000, shown with one decimal.
    expect(rows.find((r) => r.indicator === 'social-assistance-per-1000' && r.region === 'GM0106' && r.period === '2020JJ00')?.value).toBe(
      '30,6',
    );
    expect((await request(api.server).get('/api/v1/downloads/indicators.csv?dialect=nl').expect(200)).text).toBe(response.text);
  });

  it('should hold the same rows when the Arrow stream is read with apache-arrow', async () => {
    const response = await getBytes(api, '/api/v1/downloads/indicators.arrow');
    expect(response.headers['content-type']).toBe('application/vnd.apache.arrow.stream');
    const { fields, rows } = arrowObjects(response.body);
    expect(fields).toEqual([...INDICATOR_DOWNLOAD_COLUMNS]);
    expect(rows).toEqual(indicatorsJson);
  });

  it('should hold the same rows when the Parquet file is read with hyparquet', async () => {
    const response = await getBytes(api, '/api/v1/downloads/indicators.parquet');
    expect(response.headers['content-type']).toBe('application/vnd.apache.parquet');
    expect(await parquetObjects(response.body)).toEqual(indicatorsJson);
  });

  it('should hold the same observations in all four formats when the observations download is read back', async () => {
    const json = (await request(api.server).get('/api/v1/downloads/observations.json').expect(200)).body as Row[];
    // 03759ned 7 regions × 8 years, KWB 2020 15 regions × 4 keys + 1 missing, KWB 2024 15 regions × 2 keys.
    expect(json).toHaveLength(56 + 60 + 1 + 30);
    // dimensions is the same JSON text in every format.
    expect(json.every((row) => typeof row.dimensions === 'string' && typeof JSON.parse(row.dimensions) === 'object')).toBe(true);
    const csv = csvObjects((await request(api.server).get('/api/v1/downloads/observations.csv').expect(200)).text, ',');
    expect(csv).toEqual(json.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, csvCell(v, '.')]))));
    const normalise = (row: Row) => ({
      ...row,
      period_start: isoDay(row.period_start),
      period_end: isoDay(row.period_end),
      published_at: isoTime(row.published_at),
    });
    expect(arrowObjects((await getBytes(api, '/api/v1/downloads/observations.arrow')).body).rows.map(normalise)).toEqual(json);
    expect((await parquetObjects((await getBytes(api, '/api/v1/downloads/observations.parquet')).body)).map(normalise)).toEqual(json);
  });

  it('should answer 304 when the client has the download of the same data version', async () => {
    const first = await request(api.server).get('/api/v1/downloads/indicators.csv').expect(200);
    expect(first.headers.etag).toMatch(/^"/);
    await request(api.server).get('/api/v1/downloads/indicators.csv').set('If-None-Match', first.headers.etag!).expect(304);
    const nl = await request(api.server).get('/api/v1/downloads/indicators-nl.csv').expect(200);
    expect(nl.headers.etag).not.toBe(first.headers.etag);
  });

  it('should answer 404 naming the file when the download does not exist', async () => {
    const xlsx = await request(api.server).get('/api/v1/downloads/indicators.xlsx').expect(404);
    expect(xlsx.body).toMatchObject({ code: 'DOWNLOAD_NOT_FOUND', detail: expect.stringContaining('indicators.xlsx') });
    await request(api.server).get('/api/v1/downloads/people.csv').expect(404);
    await request(api.server).get('/api/v1/downloads/indicators-nl.json').expect(404);
  });

  it('should answer 400 naming dialect when the dialect is unknown', async () => {
    const { body } = await request(api.server).get('/api/v1/downloads/indicators.csv?dialect=excel').expect(400);
    expect(body).toMatchObject({ code: 'INVALID_PARAMETER', 'invalid-params': [{ name: 'dialect', reason: expect.any(String) }] });
  });
});
