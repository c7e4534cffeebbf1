import { CbsSelection } from '../shared/cbs.types';
import { createCbsClients } from '../shared/cbs-client.factory';
import { CbsV3Client, V3DataPage, V3FetchOptions } from './v3.client';
import { V3TableMetadata } from './v3.schema';
import { buildV3MappingContext, mapV3Rows } from './v3.mapper';
import { FakeCbsServer } from '../test-support/fake/fake-cbs.server';
import { failureOf } from '../test-support/source-failure';

const KWB_2020 = '84799NED';

function v3Client(server: FakeCbsServer, limits: Record<string, number> = {}): CbsV3Client {
  const clients = createCbsClients({
    v3BaseUrl: server.v3BaseUrl,
    v4BaseUrl: server.v4BaseUrl,
    timeoutMs: 2_000,
    maxRetries: 2,
    backoffBaseMs: 1,
    concurrency: 2,
    sleep: async () => undefined,
    v3Limits: limits,
  });
  return clients.v3;
}

async function collect(
  client: CbsV3Client,
  meta: V3TableMetadata,
  selection: CbsSelection,
  options: V3FetchOptions = {},
): Promise<V3DataPage[]> {
  const pages: V3DataPage[] = [];
  for await (const page of client.fetchTypedDataSet(meta, selection, options)) pages.push(page);
  return pages;
}

describe('CbsV3Client', () => {
  const server = new FakeCbsServer();
  let client: CbsV3Client;
  let kwb: V3TableMetadata;
  let allRegions: string[];

  beforeAll(async () => {
    await server.start();
    client = v3Client(server);
    kwb = await client.getMetadata(KWB_2020);
    allRegions = kwb.dimensions[0].codes.map((c) => c.Key.trim());
  });
  afterAll(() => server.close());
  beforeEach(() => {
    server.clearRequests();
    server.feedPageSize = 10_000;
  });

  it('should discover the dimension lists from the service document when reading metadata', () => {
    expect(kwb.tableId).toBe('84799NED');
    expect(kwb.dimensions.map((d) => [d.key, d.type])).toEqual([['WijkenEnBuurten', 'GeoDetail']]);
    expect(kwb.topics).toHaveLength(116);
    expect(kwb.dimensions[0].codes.find((c) => c.Key.trim() === 'GM0106')?.Key).toBe('GM0106    ');
  });

  it('should read a dimension list over several Feed pages when it is longer than one page', async () => {
    server.feedPageSize = 40;
    const codes = await client.getDimensionCodes(KWB_2020, 'WijkenEnBuurten');
    expect(codes).toHaveLength(125);
    expect(codes.map((c) => c.Key)).toEqual(kwb.dimensions[0].codes.map((c) => c.Key));
    const pages = server.requests.filter((r) => r.url.includes('/WijkenEnBuurten'));
    expect(pages.map((r) => r.url)).toEqual([
      '/ODataFeed/odata/84799NED/WijkenEnBuurten?$format=json',
      '/ODataFeed/OData/84799NED/WijkenEnBuurten/?$format=json&$skip=40',
      '/ODataFeed/OData/84799NED/WijkenEnBuurten/?$format=json&$skip=80',
      '/ODataFeed/OData/84799NED/WijkenEnBuurten/?$format=json&$skip=120',
    ]);
  });

  it('should send the exact padded key from the dimension list and trim it on output', async () => {
    const pages = await collect(client, kwb, { regions: ['GM0106'], measures: ['AantalInwoners_5'] });
    const sent = server.requests.find((r) => r.url.includes('TypedDataSet'))?.url ?? '';
    expect(sent).toContain('$filter=WijkenEnBuurten%20eq%20%27GM0106%20%20%20%20%27');
    expect(sent).toContain('$select=ID%2CWijkenEnBuurten%2CAantalInwoners_5');
    expect(pages[0].rows).toEqual([{ ID: 1728, WijkenEnBuurten: 'GM0106    ', AantalInwoners_5: 68599 }]);
    const { observations } = mapV3Rows(pages[0].rows, buildV3MappingContext(kwb));
    expect(observations).toEqual([
      {
        tableId: '84799NED',
        measureKey: 'AantalInwoners_5',
        regionCode: 'GM0106',
        periodCode: '2020JJ00',
        dimensions: {},
        value: 68599,
        missingReason: null,
        status: 'definitive',
        sourceRowKey: '1728:AantalInwoners_5',
      },
    ]);
  });

  it('should find nothing when the unpadded key is sent, as the real API does', async () => {
    const body = await createCbsClients({
      v3BaseUrl: server.url,
      v4BaseUrl: server.v4BaseUrl,
      timeoutMs: 1000,
      maxRetries: 0,
      backoffBaseMs: 1,
      concurrency: 1,
    }).transport.getJson(`${server.url}/ODataApi/odata/84799NED/TypedDataSet?$format=json&$filter=WijkenEnBuurten%20eq%20%27GM0106%27`, {
      endpoint: 'TypedDataSet',
    });
    expect(body).toMatchObject({ value: [] });
  });

  it('should fail with a schema error naming table and dimension when a region code is unknown', async () => {
    const error = await failureOf(collect(client, kwb, { regions: ['GM0106', 'GM9999'] }));
    expect(error).toMatchObject({ kind: 'schema', code: 'unknown-key', details: { tableId: '84799NED', field: 'WijkenEnBuurten' } });
    expect(error.message).toContain('"GM9999"');
    expect(server.requests.filter((r) => r.url.includes('TypedDataSet'))).toHaveLength(0);
  });

  it('should skip unknown codes and send nothing when every requested code is unknown and the selection says skip', async () => {
    const pages = await collect(client, kwb, { regions: ['GM9999'], onUnknownCode: 'skip' });
    expect(pages).toEqual([]);
    expect(server.requests.filter((r) => r.url.includes('TypedDataSet'))).toHaveLength(0);
    const some = await collect(client, kwb, { regions: ['GM9999', 'GM0106'], measures: ['AantalInwoners_5'], onUnknownCode: 'skip' });
    expect(some.flatMap((p) => p.rows.map((r) => r.WijkenEnBuurten))).toEqual(['GM0106    ']);
  });

  it('should chunk a selection over 10,000 cells into ODataApi requests that are never refused', async () => {
    const plan = client.planTypedDataSet(kwb, { regions: allRegions });
    expect(plan.service).toBe('api');
    expect(plan.estimatedCells).toBe(125 * 116);
    const pages = await collect(client, kwb, { regions: allRegions });
    const dataRequests = server.requests.filter((r) => r.url.includes('TypedDataSet'));
    expect(dataRequests.length).toBe(plan.chunks.length);
    expect(dataRequests.every((r) => r.url.startsWith('/ODataApi/'))).toBe(true);
    expect(pages.every((p) => p.rows.length * 116 <= 10_000)).toBe(true);
    const ids = pages.flatMap((p) => p.rows.map((r) => r.ID));
    expect(new Set(ids).size).toBe(125);
  });

  it('should split a refused ODataApi request in halves until it fits when the estimate was too low', async () => {
    const optimistic = v3Client(server, { cellLimit: 1_000_000, maxKeysPerRequest: 1_000 });
    const pages = await collect(optimistic, kwb, { regions: allRegions });
    const statuses = server.requests.filter((r) => r.url.includes('TypedDataSet'));
    expect(statuses.length).toBe(3); // 125 regions refused, then 63 and 62 accepted.
    expect(pages.map((p) => p.rows.length)).toEqual([63, 62]);
  });

  it('should follow odata.nextLink exactly as returned over several Feed pages', async () => {
    server.feedPageSize = 40;
    const pages = await collect(client, kwb, { regions: allRegions.slice(0, 45), measures: ['AantalInwoners_5'] }, { service: 'feed' });
    expect(pages.map((p) => p.rows.length)).toEqual([40, 5]);
    const regionsAll = await collect(client, kwb, {}, { service: 'feed' });
    expect(regionsAll.map((p) => p.rows.length)).toEqual([40, 40, 40, 5]);
    const feed = server.requests.filter((r) => r.url.includes('/ODataFeed/'));
    expect(feed.map((r) => r.url)).toEqual([...pages, ...regionsAll].map((p) => p.url.slice(server.url.length)));
    // Every follow-up is the previous page's nextLink, carrying $filter/$select once and a new $skip.
    expect(feed[1].url).toMatch(/^\/ODataFeed\/OData\/84799NED\/TypedDataSet\/\?\$format=json&\$filter=.*&\$select=.*&\$skip=40$/);
    expect(feed[1].url.match(/\$filter=/g)).toHaveLength(1);
  });

  it('should choose the Feed for a KWB-sized selection when ODataApi would need too many requests', async () => {
    const bigClient = v3Client(server, { maxApiChunks: 2 });
    expect(bigClient.planTypedDataSet(kwb, {}).service).toBe('feed');
    expect(bigClient.planTypedDataSet(kwb, { regions: ['GM0106'] }).service).toBe('api');
  });

  it('should read period statuses and keep missing values missing when mapping a table with periods', async () => {
    const meta = await client.getMetadata('83583ned');
    expect(meta.tableId).toBe('83583NED');
    const pages = await collect(client, meta, { dimensions: { BedrijfstakkenBranchesSBI2008: ['300035'] } });
    const { observations, rejected } = mapV3Rows(
      pages.flatMap((p) => p.rows),
      buildV3MappingContext(meta),
    );
    expect(rejected).toEqual([]);
    const find = (size: string, period: string) =>
      observations.find((o) => o.dimensions.Bedrijfsgrootte === size && o.periodCode === period);
    expect(find('T001098', '2018JJ00')).toMatchObject({ value: 1259.54, status: 'revised-provisional', regionCode: 'NL01' });
    expect(find('T001098', '2019JJ00')).toMatchObject({ value: 1282.95, status: 'provisional' });
    expect(find('WP19074', '2010JJ00')).toMatchObject({
      value: null,
      missingReason: 'null',
      status: 'definitive',
      sourceRowKey: '70:BanenVanWerknemersInDecember_1',
    });
    expect(find('T001098', '2018JJ00')?.dimensions).toEqual({ BedrijfstakkenBranchesSBI2008: '300035', Bedrijfsgrootte: 'T001098' });
  });

  it('should read Modified and status from TableInfos and from the catalog', async () => {
    await expect(client.getTableVersion(KWB_2020)).resolves.toMatchObject({
      api: 'v3',
      tableId: '84799NED',
      modified: '2021-03-26T02:00:00',
      metaDataModified: '2021-03-26T02:00:00',
      status: 'regular',
      reason: 'Herontwerp',
    });
    await expect(client.getCatalogEntry(KWB_2020)).resolves.toMatchObject({
      Identifier: '84799NED',
      Modified: '2021-03-26T02:00:00',
      RecordCount: 17341,
    });
    await expect(client.getCatalogEntry('00000AAA')).resolves.toBeNull();
  });
});

describe('CbsV3Client when the source changes', () => {
  const server = new FakeCbsServer();
  let client: CbsV3Client;

  beforeAll(async () => {
    await server.start();
    client = v3Client(server);
  });
  afterAll(() => server.close());

  it('should see a revised table as a new Modified date with changed values', async () => {
    server.setModified(KWB_2020, '2022-03-30T02:00:00');
    server.mapRows(KWB_2020, (row) => (String(row.WijkenEnBuurten).trim() === 'GM0106' ? { ...row, AantalInwoners_5: 68600 } : row));
    const meta = await client.getMetadata(KWB_2020);
    expect((await client.getTableVersion(KWB_2020)).modified).toBe('2022-03-30T02:00:00');
    const pages = await collect(client, meta, { regions: ['GM0106'], measures: ['AantalInwoners_5'] });
    expect(pages[0].rows[0].AantalInwoners_5).toBe(68600);
  });

  it('should report discontinued when the table is flagged Gediscontinueerd', async () => {
    server.discontinue('83583NED');
    await expect(client.getTableVersion('83583NED')).resolves.toMatchObject({
      status: 'discontinued',
      rawStatus: { OutputStatus: 'Gediscontinueerd', Frequency: 'Stopgezet', ReasonDelivery: 'Stopgezet' },
    });
    await expect(client.getCatalogEntry('83583NED')).resolves.toMatchObject({ OutputStatus: 'Gediscontinueerd' });
  });

  it('should fail with a schema error naming the key when a topic was renamed', async () => {
    const stale = await client.getMetadata(KWB_2020);
    server.renameKey(KWB_2020, 'Mannen_6', 'Mannen_6a');
    const fresh = await client.getMetadata(KWB_2020);
    const unknown = await failureOf(collect(client, fresh, { regions: ['GM0106'], measures: ['Mannen_6'] }));
    expect(unknown).toMatchObject({ kind: 'schema', code: 'unknown-key', details: { tableId: '84799NED' } });
    expect(unknown.message).toContain('"Mannen_6"');
    const missing = await failureOf(collect(client, stale, { regions: ['GM0106'] }));
    expect(missing).toMatchObject({
      kind: 'schema',
      code: 'schema-mismatch',
      details: { tableId: '84799NED', field: 'value[0].Mannen_6' },
    });
  });

  it('should fail with unknown-key when a region code was renamed', async () => {
    server.renameKey(KWB_2020, 'WK010601', 'WK010691');
    const meta = await client.getMetadata(KWB_2020);
    expect(meta.dimensions[0].codes.some((c) => c.Key === 'WK010691  ')).toBe(true);
    await expect(collect(client, meta, { regions: ['WK010601'] })).rejects.toMatchObject({ code: 'unknown-key' });
  });
});
