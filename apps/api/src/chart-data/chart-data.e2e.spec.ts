import request from 'supertest';
import { CHART_DATA_COLUMNS, type ChartDataMetadata, type IndicatorDetailResponse } from '@koers/api-contracts';
import { roundTo } from '@koers/indicators';
import { Workbook } from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { E2eApi, startE2eApi } from '../test-support/e2e-app';
import { csvObjects, getBytes } from '../test-support/read-downloads';

const VIEW = 'peers=GM0114,PV22&from=2020&to=2025';
const BASE = 'koers-population-total-GM0106-from2020-to2025';

describe('GET /api/v1/indicators/:id/chart-data', () => {
  let api: E2eApi;
  let detail: IndicatorDetailResponse;
  beforeAll(async () => {
    api = await startE2eApi();
    detail = (await request(api.server).get('/api/v1/indicators/population-total?from=2020&to=2025').expect(200)).body;
  });
  afterAll(() => api.close());

  /** The yearly figures of the detail answer as the CSV writes them. */
  function expectedRows(series: IndicatorDetailResponse['series'], kind: string, code: string): Record<string, string>[] {
    return series
      .filter((p) => p.period.endsWith('JJ00'))
      .map((p) => ({
        series: kind,
        region: code,
        year: String(p.year),
        value: p.value === null ? '' : String(roundTo(p.value, detail.indicator.decimals)),
      }));
  }

  it('should give the region, the chosen peers and benchmarks for the chosen years as CSV when asked for the view of a chart', async () => {
    const response = await getBytes(api, `/api/v1/indicators/population-total/chart-data?format=csv&${VIEW}`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(`attachment; filename="${BASE}.csv"`);
    const text = response.body.toString('utf8');
    expect(text.split('\n')[0]).toBe(CHART_DATA_COLUMNS.join(','));
    const rows = csvObjects(text, ',').map((r) => ({ series: r['series']!, region: r['region']!, year: r['year']!, value: r['value']! }));
    const compared = (code: string) => detail.comparisons.find((c) => c.region.code === code)!.series;
    expect(rows).toEqual([
      ...expectedRows(detail.series, 'own', 'GM0106'),
      ...expectedRows(compared('GM0114'), 'peer', 'GM0114'),
      ...expectedRows(compared('PV22'), 'benchmark', 'PV22'),
    ]);
    expect(rows.map((r) => Number(r.year)).every((year) => year >= 2020 && year <= 2025)).toBe(true);
    expect(rows.filter((r) => r.series === 'own').map((r) => r.value)).toEqual(['68599', '68836', '68979', '69414', '69701', '70392']);
  });

  it('should write the same rows to an Excel sheet with numbers as numbers when the format is xlsx', async () => {
    const response = await getBytes(api, `/api/v1/indicators/population-total/chart-data?format=xlsx&${VIEW}&lang=en`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new Workbook();
    await workbook.xlsx.load(response.body as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Data')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([...CHART_DATA_COLUMNS]);
    const valueColumn = CHART_DATA_COLUMNS.indexOf('value') + 1;
    expect(sheet.getRow(2).getCell(valueColumn).value).toBe(68599);
    expect(sheet.rowCount).toBe(1 + 6 + 6 + 6);
    expect(workbook.getWorksheet('About')!.getCell('B9').value).toContain('CC BY 4.0');
  });

  it('should bundle the CSV with metadata.json and README.md that say what the figures are when the format is zip', async () => {
    const response = await getBytes(api, `/api/v1/indicators/population-total/chart-data?format=zip&${VIEW}`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/zip');
    const files = unzipSync(new Uint8Array(response.body));
    expect(Object.keys(files).sort()).toEqual(['README.md', `${BASE}.csv`, 'metadata.json']);
    const csv = await getBytes(api, `/api/v1/indicators/population-total/chart-data?format=csv&${VIEW}`);
    expect(strFromU8(files[`${BASE}.csv`]!)).toBe(csv.body.toString('utf8'));
    const metadata = JSON.parse(strFromU8(files['metadata.json']!)) as ChartDataMetadata;
    expect(metadata.view).toEqual({
      region: detail.region,
      compared: [detail.comparisons[0]!.region, detail.comparisons.find((c) => c.region.code === 'PV22')!.region],
      from: 2020,
      to: 2025,
      asOf: null,
    });
    expect(metadata.indicator).toMatchObject({
      id: 'population-total',
      title: detail.indicator.title,
      definition: detail.indicator.definition,
      unit: 'count',
    });
    expect(metadata.status).toMatchObject({
      status: detail.progress.status,
      label: detail.progress.statusLabel,
      explanation: detail.progress.explanation.text,
    });
    expect(metadata.method.progressMethod).toBe('open-sdg');
    expect(metadata.licence).toEqual({
      id: 'CC-BY-4.0',
      title: 'Creative Commons Naamsvermelding 4.0 Internationaal',
      url: 'https://creativecommons.org/licenses/by/4.0/',
    });
    expect(metadata.sources).toContainEqual(
      expect.objectContaining({
        provider: 'cbs-v4',
        tableId: '03759ned',
        publishedAt: '2026-06-22T22:00:00.000Z',
        url: 'https://opendata.cbs.nl/statline/#/CBS/nl/dataset/03759ned/table',
      }),
    );
    expect(metadata.columns.map((c) => c.name)).toEqual([...CHART_DATA_COLUMNS]);
    const readme = strFromU8(files['README.md']!);
    expect(readme).toContain(`# ${metadata.title}`);
    expect(readme).toContain('Emmen (GM0114), Drenthe (PV) (PV22)');
    expect(readme).toContain('03759ned');
  });

  it('should give the figures as published on a day when asOf is given, for the chart and its data alike', async () => {
    // 03759ned published 2026 provisionally on 2026-03-13 and definitively on 2026-06-23 (Dutch time).
    const year2026 = (body: IndicatorDetailResponse) => body.series.find((p) => p.period === '2026JJ00');
    const before = (await request(api.server).get('/api/v1/indicators/population-total?asOf=2026-06-22').expect(200))
      .body as IndicatorDetailResponse;
    expect(year2026(before)).toMatchObject({ provisional: true, publicationVersion: '2026-03-13T00:00:00+01:00' });
    const now = (await request(api.server).get('/api/v1/indicators/population-total').expect(200)).body as IndicatorDetailResponse;
    expect(year2026(now)).toMatchObject({ provisional: false, publicationVersion: '2026-06-23T00:00:00+02:00' });
    const csv = await getBytes(api, '/api/v1/indicators/population-total/chart-data?asOf=2026-06-22');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="koers-population-total-GM0106-asof2026-06-22.csv"');
    expect(csvObjects(csv.body.toString('utf8'), ',').find((r) => r['period'] === '2026JJ00')).toMatchObject({ provisional: 'true' });
  });

  it('should keep the target path to the chosen years in the detail and the chart data alike when from and to are given', async () => {
    const all = (await request(api.server).get('/api/v1/indicators/new-build-dwellings').expect(200)).body as IndicatorDetailResponse;
    const within = all.trajectory.filter((p) => p.year >= 2020 && p.year <= 2022);
    expect(within.length).toBe(3);
    expect(all.trajectory.length).toBeGreaterThan(within.length);
    const cut = (await request(api.server).get('/api/v1/indicators/new-build-dwellings?from=2020&to=2022').expect(200))
      .body as IndicatorDetailResponse;
    expect(cut.trajectory).toEqual(within);
    const csv = await getBytes(api, '/api/v1/indicators/new-build-dwellings/chart-data?from=2020&to=2022');
    const target = csvObjects(csv.body.toString('utf8'), ',').filter((r) => r['series'] === 'target');
    expect(target.map((r) => [r['year'], r['value']])).toEqual(
      within.map((p) => [String(p.year), String(roundTo(p.value!, all.indicator.decimals))]),
    );
  });

  it.each([
    ['format=pdf', 'format'],
    ['peers=GM0106', 'peers'],
    ['peers=GM0114;PV22', 'peers'],
    ['from=2025&to=2020', 'to'],
    ['asOf=2999-01-01', 'asOf'],
    ['asOf=2025-02-30', 'asOf'],
    ['region=gm0106', 'region'],
  ])('should answer 400 naming the parameter when the query is %s', async (query, parameter) => {
    const { body } = await request(api.server).get(`/api/v1/indicators/population-total/chart-data?${query}`).expect(400);
    expect(body).toMatchObject({
      status: 400,
      code: 'INVALID_PARAMETER',
      'invalid-params': [{ name: parameter, reason: expect.any(String) }],
    });
  });

  it('should answer 404 naming what is unknown when the indicator or a region does not exist', async () => {
    expect((await request(api.server).get('/api/v1/indicators/nope/chart-data').expect(404)).body.code).toBe('INDICATOR_NOT_FOUND');
    expect(
      (await request(api.server).get('/api/v1/indicators/population-total/chart-data?peers=GM9999').expect(404)).body.detail,
    ).toContain('GM9999');
    expect((await request(api.server).get('/api/v1/indicators/population-total/chart-data?region=GM9999').expect(404)).body.code).toBe(
      'REGION_NOT_FOUND',
    );
  });

  it('should document the operation with its parameters, its three file types and its 400 and 404 answers when the OpenAPI document is read', async () => {
    const { body } = await request(api.server).get('/api/v1/openapi.json').expect(200);
    const operation = body.paths['/indicators/{id}/chart-data'].get;
    expect(operation.parameters.map((p: { name: string }) => p.name).sort()).toEqual([
      'asOf',
      'format',
      'from',
      'id',
      'lang',
      'peers',
      'region',
      'to',
    ]);
    expect(Object.keys(operation.responses['200'].content).sort()).toEqual([
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'application/zip',
      'text/csv',
    ]);
    expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['200', '400', '404']));
  });
});
