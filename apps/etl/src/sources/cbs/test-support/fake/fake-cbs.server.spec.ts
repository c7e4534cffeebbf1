import { FakeCbsServer } from './fake-cbs.server';
import { generateKwbTable, kwbRegionCode } from './fake-kwb-table';

interface Reply {
  status: number;
  headers: Headers;
  text: string;
  json: Record<string, unknown>;
}

describe('FakeCbsServer', () => {
  const server = new FakeCbsServer();

  async function get(path: string): Promise<Reply> {
    const response = await fetch(`${server.url}${path}`);
    const text = await response.text();
    let json: Record<string, unknown> = {};
    try {
      json = JSON.parse(text);
    } catch {
      json = {};
    }
    return { status: response.status, headers: response.headers, text, json };
  }

  function rows(reply: Reply): Array<Record<string, unknown>> {
    return reply.json.value as Array<Record<string, unknown>>;
  }

  beforeAll(() => server.start());
  afterAll(() => server.close());
  beforeEach(() => {
    server.feedPageSize = 10_000;
    server.v4PageSize = 100_000;
    server.clearFaults();
  });

  it('should serve the v3 service document case-insensitively with the canonical id and one entry per dimension', async () => {
    const reply = await get('/odataapi/OData/84799ned/?$format=json');
    expect(reply.json['odata.metadata']).toBe(`${server.url}/ODataApi/OData/84799NED/$metadata`);
    expect(rows(reply).map((e) => e.name)).toEqual([
      'TableInfos',
      'UntypedDataSet',
      'TypedDataSet',
      'DataProperties',
      'CategoryGroups',
      'WijkenEnBuurten',
    ]);
  });

  it('should serve DataProperties with odata.type and dimension keys with their padding', async () => {
    const props = rows(await get('/ODataApi/odata/84799NED/DataProperties?$format=json'));
    expect(props[0]).toMatchObject({ 'odata.type': 'Cbs.OData.GeoDetail', Key: 'WijkenEnBuurten' });
    expect(props[0]).not.toHaveProperty('odata_type');
    const codes = rows(await get("/ODataApi/odata/84799NED/WijkenEnBuurten?$format=json&$filter=startswith(Key,'GM')"));
    expect(codes.map((c) => c.Key)).toEqual(['GM0106    ', 'GM0114    ', 'GM0014    ', 'GM0118    ', 'GM0119    ']);
  });

  it('should refuse an ODataApi result over 10,000 cells with HTTP 500 and the OData error body', async () => {
    const reply = await get('/ODataApi/odata/84799NED/TypedDataSet?$format=json');
    expect(reply.status).toBe(500);
    expect(reply.json).toEqual({ 'odata.error': { code: '', message: { lang: 'en-US', value: 'query returns more than 10000 records' } } });
    const small = await get("/ODataApi/odata/84799NED/TypedDataSet?$format=json&$filter=startswith(WijkenEnBuurten,'GM')");
    expect(rows(small)).toHaveLength(5);
  });

  it('should page the Feed with odata.nextLink carrying the original options plus $skip', async () => {
    server.feedPageSize = 60; // 109 buurten → pages of 60 and 49
    const filter = "$filter=startswith(WijkenEnBuurten,'BU')&$select=ID,WijkenEnBuurten";
    const first = await get(`/ODataFeed/odata/84799NED/TypedDataSet?$format=json&${filter}`);
    expect(rows(first)).toHaveLength(60);
    const link = String(first.json['odata.nextLink']);
    // The query is echoed as received (URL parsing on the way in turned ' into %27).
    expect(link).toBe(`${server.url}/ODataFeed/OData/84799NED/TypedDataSet/?$format=json&${filter.replace(/'/g, '%27')}&$skip=60`);
    const second = await get(link.slice(server.url.length));
    expect(rows(second)).toHaveLength(49);
    expect(rows(second)[0].ID).not.toBe(rows(first)[0].ID);
    expect(second.json['odata.nextLink']).toBeUndefined();
  });

  it('should answer 400 when a system query option is repeated, as a re-appended nextLink would do', async () => {
    const reply = await get('/ODataFeed/odata/84799NED/TypedDataSet?$format=json&$skip=10&$format=json');
    expect(reply.status).toBe(400);
    expect(reply.text).toContain("'$format' was specified more than once");
  });

  it('should answer 400 for an unknown property in $select or $filter', async () => {
    expect((await get('/ODataFeed/odata/84799NED/TypedDataSet?$select=ID,Nope_1')).status).toBe(400);
    expect((await get("/ODataFeed/odata/84799NED/TypedDataSet?$filter=Regio eq 'x'")).status).toBe(400);
  });

  it('should count rows and list the catalog with Modified dates', async () => {
    expect((await get("/ODataFeed/odata/83583NED/TypedDataSet/$count?$filter=Perioden eq '2019JJ00'")).text).toBe('744');
    const catalog = rows(
      await get("/ODataCatalog/Tables?$format=json&$filter=(Identifier eq '84799NED')&$select=Identifier,Modified,OutputStatus"),
    );
    expect(catalog).toEqual([{ Identifier: '84799NED', Modified: '2021-03-26T02:00:00', OutputStatus: 'Regulier' }]);
  });

  it('should serve v4 Properties as a singleton and point recorded links at itself', async () => {
    const props = await get('/odata/v1/CBS/03759NED/Properties');
    expect(props.json['@odata.context']).toBe(`${server.url}/odata/v1/CBS/03759ned/$metadata#Properties`);
    expect(props.json.Modified).toBe('2026-06-23T00:00:00+02:00');
    const dims = await get('/odata/v1/CBS/03759ned/Dimensions');
    expect(dims.text).not.toContain('datasets.cbs.nl');
    expect(rows(dims)[0].CodesUrl).toBe(`${server.url}/odata/v1/CBS/03759ned/BurgerlijkeStaatCodes`);
  });

  it('should count v4 observations with $count=true and $top=0', async () => {
    const reply = await get('/odata/v1/CBS/03759ned/Observations?$count=true&$top=0');
    expect(reply.json['@odata.count']).toBe(112);
    expect(rows(reply)).toEqual([]);
    expect(reply.json['@odata.nextLink']).toBeUndefined();
  });

  it('should show a revised Modified date in the v4 catalog after setModified', async () => {
    const reviser = new FakeCbsServer();
    reviser.setModified('85792NED', '2026-09-01T00:00:00+02:00');
    reviser.discontinue('82610NED');
    const { url, close } = await reviser.start();
    const body = (await (
      await fetch(`${url}/odata/v1/CBS/Datasets?$filter=Identifier eq '85792NED' or Identifier eq '82610NED'`)
    ).json()) as { value: unknown[] };
    await close();
    expect(body.value).toEqual([
      expect.objectContaining({ Identifier: '82610NED', Status: 'Gediscontinueerd' }),
      expect.objectContaining({ Identifier: '85792NED', Modified: '2026-09-01T00:00:00+02:00', Status: 'Regulier' }),
    ]);
  });

  it('should apply a fault only to requests whose path matches', async () => {
    server.injectFault({ kind: 'http-500', match: 'Observations', times: 1 });
    expect((await get('/odata/v1/CBS/03759ned/Properties')).status).toBe(200);
    expect((await get('/odata/v1/CBS/03759ned/Observations?$top=1')).status).toBe(500);
    expect((await get('/odata/v1/CBS/03759ned/Observations?$top=1')).status).toBe(200);
  });

  it('should answer a page with its own address as next link when told to loop', async () => {
    server.v4PageSize = 40;
    const path = '/odata/v1/CBS/03759ned/Observations?$skip=40';
    server.injectFault({ kind: 'next-link-loop', match: 'skip=40' });
    const reply = await get(path);
    expect(reply.json['@odata.nextLink']).toBe(`${server.url}${path}`);
    expect(rows(reply)).toHaveLength(40);
  });

  it('should rename a key in the rows of a page only, when told to', async () => {
    server.injectFault({ kind: 'renamed-key', match: 'TypedDataSet', from: 'AantalInwoners_5', to: 'Inwoners_5' });
    const page = rows(await get("/ODataApi/odata/84799NED/TypedDataSet?$format=json&$filter=startswith(WijkenEnBuurten,'GM')"));
    expect(page[0]).toHaveProperty('Inwoners_5');
    expect(page[0]).not.toHaveProperty('AantalInwoners_5');
    const props = rows(await get('/ODataApi/odata/84799NED/DataProperties?$format=json'));
    expect(props.some((p) => p.Key === 'AantalInwoners_5')).toBe(true);
  });

  it('should serve a generated KWB-sized table (17,000 regions × 120 topics) through Feed pages', async () => {
    const table = generateKwbTable({ tableId: '99999NED' });
    server.registerV3Table(table);
    expect(table.rows.count).toBe(17_000);
    expect(table.dataProperties.filter((p) => p.Type === 'Topic')).toHaveLength(120);
    const first = await get('/ODataFeed/odata/99999NED/TypedDataSet?$format=json');
    expect(rows(first)).toHaveLength(10_000);
    expect(Object.keys(rows(first)[0])).toHaveLength(122); // ID + WijkenEnBuurten + 120 topics
    expect(rows(first)[1]).toMatchObject({ ID: 1, WijkenEnBuurten: 'GM0001    ', SoortRegio_2: 'Gemeente  ' });
    const second = await get(String(first.json['odata.nextLink']).slice(server.url.length));
    expect(rows(second)).toHaveLength(7_000);
    expect(second.json['odata.nextLink']).toBeUndefined();
    server.removeTable('99999NED');
  });
});

describe('kwbRegionCode', () => {
  it.each<[number, string]>([
    [0, 'NL00'],
    [1, 'GM0001'],
    [2, 'WK000100'],
    [3, 'BU00010000'],
    [12, 'BU00010009'],
    [13, 'WK000101'],
    [111, 'BU00010909'],
    [112, 'GM0002'],
  ])('should name region %p %p', (index, code) => {
    expect(kwbRegionCode(index)).toBe(code);
  });
});
