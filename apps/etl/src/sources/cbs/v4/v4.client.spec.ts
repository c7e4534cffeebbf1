import { CbsSelection } from '../shared/cbs.types';
import { createCbsClients } from '../shared/cbs-client.factory';
import { CbsV4Client, V4DataPage } from './v4.client';
import { V4TableMetadata } from './v4.schema';
import { buildV4MappingContext, mapV4Observations } from './v4.mapper';
import { FakeCbsServer } from '../test-support/fake/fake-cbs.server';

function v4Client(server: FakeCbsServer): CbsV4Client {
  return createCbsClients({
    v3BaseUrl: server.v3BaseUrl,
    v4BaseUrl: server.v4BaseUrl,
    timeoutMs: 2_000,
    maxRetries: 2,
    backoffBaseMs: 1,
    concurrency: 2,
    sleep: async () => undefined,
  }).v4;
}

async function collect(client: CbsV4Client, meta: V4TableMetadata, selection: CbsSelection = {}): Promise<V4DataPage[]> {
  const pages: V4DataPage[] = [];
  for await (const page of client.fetchObservations(meta, selection)) pages.push(page);
  return pages;
}

describe('CbsV4Client', () => {
  const server = new FakeCbsServer();
  let client: CbsV4Client;
  let population: V4TableMetadata;

  beforeAll(async () => {
    await server.start();
    client = v4Client(server);
    population = await client.getMetadata('03759NED');
  });
  afterAll(() => server.close());
  beforeEach(() => {
    server.clearRequests();
    server.v4PageSize = 100_000;
    server.clearFaults();
  });

  it('should read Properties, Dimensions, MeasureCodes and every <Dimension>Codes list', () => {
    expect(population.tableId).toBe('03759ned');
    expect(population.dimensions.map((d) => [d.Identifier, d.Kind, d.codes.length])).toEqual([
      ['BurgerlijkeStaat', 'Dimension', expect.any(Number)],
      ['Geslacht', 'Dimension', expect.any(Number)],
      ['Leeftijd', 'Dimension', expect.any(Number)],
      ['RegioS', 'GeoDimension', 8],
      ['Perioden', 'TimeDimension', 39],
    ]);
    expect(population.measures.map((m) => [m.Identifier, m.Unit])).toEqual([
      ['M000352', 'aantal'],
      ['M000365', 'aantal'],
    ]);
  });

  it('should follow @odata.nextLink exactly as returned over several pages', async () => {
    server.v4PageSize = 30;
    const pages = await collect(client, population, { regions: ['GM0106', 'GM0114', 'NL01'] });
    expect(pages.map((p) => p.observations.length)).toEqual([30, 18]); // 3 regions × 8 years × 2 measures
    const seen = server.requests.filter((r) => r.url.includes('/Observations')).map((r) => r.url);
    expect(seen).toEqual(pages.map((p) => p.url.slice(server.url.length)));
    expect(seen[1]).toMatch(/^\/odata\/v1\/CBS\/03759ned\/Observations\?\$filter=.*&\$skip=30$/);
  });

  it('should keep Value null with ValueAttribute Impossible as missing with that reason', async () => {
    const pages = await collect(client, population, { regions: ['GM0106'], measures: ['M000365'], periods: ['2025JJ00', '2026JJ00'] });
    const { observations, rejected } = mapV4Observations(
      pages.flatMap((p) => p.observations),
      buildV4MappingContext(population),
    );
    expect(rejected).toEqual([]);
    expect(observations).toEqual([
      {
        tableId: '03759ned',
        measureKey: 'M000365',
        regionCode: 'GM0106',
        periodCode: '2025JJ00',
        dimensions: { BurgerlijkeStaat: 'T001019', Geslacht: 'T001038', Leeftijd: '10000' },
        value: 70580.5,
        missingReason: null,
        status: 'definitive',
        sourceRowKey: '6922',
      },
      {
        tableId: '03759ned',
        measureKey: 'M000365',
        regionCode: 'GM0106',
        periodCode: '2026JJ00',
        dimensions: { BurgerlijkeStaat: 'T001019', Geslacht: 'T001038', Leeftijd: '10000' },
        value: null,
        missingReason: 'Impossible',
        status: 'definitive',
        sourceRowKey: '6924',
      },
    ]);
  });

  it('should keep NaderVoorlopig periods as revised-provisional', async () => {
    const energy = await client.getMetadata('82610NED');
    const pages = await collect(client, energy, {
      periods: ['2025JJ00'],
      measures: ['M002416_1'],
      dimensions: { BronTechniek: ['T001028'] },
    });
    const { observations } = mapV4Observations(
      pages.flatMap((p) => p.observations),
      buildV4MappingContext(energy),
    );
    expect(observations).toEqual([
      expect.objectContaining({ value: 66399, status: 'revised-provisional', regionCode: 'NL01', periodCode: '2025JJ00' }),
    ]);
  });

  it('should recognise RegioS as the region dimension even when its Kind is plain Dimension', async () => {
    const prices = await client.getMetadata('85792NED');
    expect(prices.dimensions.find((d) => d.Identifier === 'RegioS')?.Kind).toBe('Dimension');
    const pages = await collect(client, prices, { regions: ['PV22'], periods: ['2020JJ00'] });
    const { observations } = mapV4Observations(
      pages.flatMap((p) => p.observations),
      buildV4MappingContext(prices),
    );
    expect(observations.length).toBeGreaterThan(0);
    expect(observations.every((o) => o.regionCode === 'PV22' && !('RegioS' in o.dimensions))).toBe(true);
  });

  it('should read Modified and Status from Properties and from the Datasets catalog', async () => {
    await expect(client.getTableVersion('03759ned')).resolves.toMatchObject({
      api: 'v4',
      modified: '2026-06-23T00:00:00+02:00',
      observationsModified: '2026-06-23T00:00:00+02:00',
      version: '202606230000',
      status: 'regular',
    });
    await expect(client.getCatalogEntry('85792NED')).resolves.toMatchObject({ Modified: '2026-04-22T00:00:00+02:00', Status: 'Regulier' });
    await expect(client.getCatalogEntry('83765NED')).resolves.toBeNull();
    const catalog = await client.getCatalog();
    expect(catalog).toHaveLength(83);
    expect(catalog.filter((e) => e.Status === 'Gediscontinueerd')).toHaveLength(51);
  });

  it('should retry through faults while paging and still return every observation once', async () => {
    server.v4PageSize = 40;
    server.injectFault({ kind: 'http-500', match: '$skip=40' });
    server.injectFault({ kind: 'truncated-json', match: '$skip=80' });
    const pages = await collect(client, population);
    expect(pages.map((p) => p.observations.length)).toEqual([40, 40, 32]);
    expect(new Set(pages.flatMap((p) => p.observations.map((o) => o.Id))).size).toBe(112);
  });
});

describe('CbsV4Client when the source changes', () => {
  const server = new FakeCbsServer();
  let client: CbsV4Client;

  beforeAll(async () => {
    await server.start();
    client = v4Client(server);
  });
  afterAll(() => server.close());

  it('should report a discontinued table from Properties and the catalog', async () => {
    server.discontinue('85792NED');
    await expect(client.getTableVersion('85792NED')).resolves.toMatchObject({
      status: 'discontinued',
      rawStatus: { Status: 'Gediscontinueerd', VersionReason: 'Stopgezet', Frequency: 'Stopgezet' },
    });
    await expect(client.getCatalogEntry('85792NED')).resolves.toMatchObject({ Status: 'Gediscontinueerd' });
  });

  it('should fail with unknown-key naming the measure when a measure code was renamed', async () => {
    server.renameKey('03759ned', 'M000352', 'M999352');
    const meta = await client.getMetadata('03759ned');
    await expect(collect(client, meta, { measures: ['M000352'] })).rejects.toMatchObject({
      kind: 'schema',
      code: 'unknown-key',
      details: { tableId: '03759ned', field: 'Measure' },
    });
  });

  it('should fail with a schema error when observations carry a dimension the metadata does not declare', async () => {
    const stale = await client.getMetadata('82610NED');
    server.renameKey('82610NED', 'BronTechniek', 'Bron');
    await expect(collect(client, stale)).rejects.toMatchObject({
      kind: 'schema',
      code: 'schema-mismatch',
      details: { tableId: '82610NED' },
    });
  });
});
