import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Pool } from 'pg';
import { loadConfig } from '@koers/config';
import { TestDatabase, createMigratedTestDatabase } from '@koers/db/testing';
import { SourceRunner } from '@koers/loading';
import { SourceError } from '../../source-error';
import { createCbsClientsOver } from '../shared/cbs-client.factory';
import type { CbsRequestContext, CbsTransport } from '../shared/cbs-http.client';
import { CbsAdapter } from '../cbs.adapter';
import { failureOf, schemaErrorOf } from '../test-support/source-failure';
import { readRecordedCbsTables } from './recorded-cbs-files.reader';
import { RecordedCbsTransport } from './recorded-cbs.transport';

// The bundled snapshot (data/snapshot/cbs) read by the real CBS adapter through the recorded transport, loaded
// by the real runner into a real PostgreSQL, and compared with the recorded JSON itself.

type Row = Record<string, unknown>;

interface Exchange {
  readonly url: string;
  readonly ctx: CbsRequestContext;
  readonly error: SourceError | null;
}

/** Wraps the transport under test to see every request the clients make and how it was answered. */
class WatchedTransport implements CbsTransport {
  readonly exchanges: Exchange[] = [];
  constructor(private readonly inner: CbsTransport) {}

  async getJson(url: string, ctx: CbsRequestContext): Promise<unknown> {
    try {
      const body = await this.inner.getJson(url, ctx);
      this.exchanges.push({ url, ctx, error: null });
      return body;
    } catch (error) {
      this.exchanges.push({ url, ctx, error: error instanceof SourceError ? error : null });
      throw error;
    }
  }
}

describe('RecordedCbsTransport', () => {
  const config = loadConfig({});
  const directory = join(config.workspaceRoot, 'data', 'snapshot', 'cbs');
  const endpoints = { v3BaseUrl: config.cbs.v3BaseUrl, v4BaseUrl: config.cbs.v4BaseUrl };
  const recorded = (path: string): Row[] => {
    const json: unknown = JSON.parse(readFileSync(join(directory, path), 'utf8'));
    const list = Array.isArray(json) ? json : (json as { value: unknown }).value;
    return list as Row[];
  };
  const transport = RecordedCbsTransport.fromDirectory(directory, endpoints);
  const watched = new WatchedTransport(transport);
  const adapter = new CbsAdapter(createCbsClientsOver(watched, endpoints), config.regions, undefined);
  let database: TestDatabase;
  let pool: Pool;

  /** `key|region|period` → [value, missing reason] of everything stored for a table. */
  async function stored(tableId: string): Promise<Map<string, [number | null, string | null]>> {
    const { rows } = await pool.query<{
      source_key: string;
      region_code: string;
      period_code: string;
      value: string | null;
      missing_reason: string | null;
    }>(
      `SELECT m.source_key, o.region_code, o.period_code, o.value, o.missing_reason FROM current_observation o
       JOIN measure m ON m.id = o.measure_id JOIN source_table t ON t.id = m.source_table_id WHERE t.table_id = $1`,
      [tableId],
    );
    return new Map(
      rows.map((r) => [`${r.source_key}|${r.region_code}|${r.period_code}`, [r.value === null ? null : Number(r.value), r.missing_reason]]),
    );
  }

  beforeAll(async () => {
    database = await createMigratedTestDatabase();
    pool = new Pool({ connectionString: database.url });
    const results = await new SourceRunner(pool, database.url).run(adapter, {
      trigger: 'cli',
      options: { tables: '03759ned,84799NED', force: 'true' },
    });
    expect(results.map((r) => [r.tableId, r.status, r.errorMessage])).toEqual([
      ['03759ned', 'succeeded', null],
      ['84799NED', 'succeeded', null],
    ]);
  });
  afterAll(async () => {
    await pool.end();
    await database.drop();
  });

  it('should answer every request the v3 and v4 clients make for the bundled tables when they load them', () => {
    expect(watched.exchanges.filter((e) => e.error !== null && e.error.code !== 'result-too-large')).toEqual([]);
    const endpointsOf = (tableId: string) => new Set(watched.exchanges.filter((e) => e.ctx.tableId === tableId).map((e) => e.ctx.endpoint));
    expect([...endpointsOf('84799NED')].sort()).toEqual([
      'DataProperties',
      'ODataApi TypedDataSet',
      'TableInfos',
      'WijkenEnBuurten',
      'service document',
    ]);
    expect([...endpointsOf('03759ned')].sort()).toEqual([
      'BurgerlijkeStaatCodes',
      'Dimensions',
      'GeslachtCodes',
      'LeeftijdCodes',
      'MeasureCodes',
      'Observations',
      'PeriodenCodes',
      'Properties',
      'RegioSCodes',
    ]);
    // The requests go where they would go at CBS: the configured base URLs, with the region filter applied.
    expect(watched.exchanges.every((e) => e.url.startsWith(endpoints.v3BaseUrl) || e.url.startsWith(endpoints.v4BaseUrl))).toBe(true);
    expect(
      watched.exchanges.some((e) => e.ctx.endpoint === 'Observations' && decodeURIComponent(e.url).includes("RegioS eq 'GM0106'")),
    ).toBe(true);
  });

  it('should store M000365 (Gemiddelde bevolking) of 03759ned for every region and period recorded when it loads the registry table', async () => {
    const recordedObservations = recorded('v4/03759ned/observations-page-1.json');
    const expected = new Map(
      recordedObservations.map((o) => [
        `${String(o.Measure)}|${String(o.RegioS)}|${String(o.Perioden)}`,
        [o.Value as number | null, o.Value === null ? String(o.ValueAttribute) : null],
      ]),
    );
    expect([...expected.keys()].filter((key) => key.startsWith('M000365|'))).toHaveLength(56);
    expect(await stored('03759ned')).toEqual(expected);
    const names = (
      await pool.query(
        `SELECT DISTINCT m.name, m.source_key FROM measure m JOIN source_table t ON t.id = m.source_table_id WHERE t.table_id = '03759ned' AND m.dimensions->>'Leeftijd' = '10000' ORDER BY m.name`,
      )
    ).rows;
    expect(names).toEqual([
      { name: 'cbs:03759ned:M000365', source_key: 'M000365' },
      { name: 'population_total', source_key: 'M000352' },
    ]);
  });

  it('should store every numeric topic of 84799NED for every recorded region when it loads the registry table', async () => {
    const numeric = recorded('v3/84799NED/DataProperties.json')
      .filter((p) => p.Type === 'Topic' && p.Datatype !== 'String')
      .map((p) => String(p.Key));
    const expected = new Map<string, [number | null, string | null]>();
    for (const row of recorded('v3/84799NED/TypedDataSet_GM0106_peers.json')) {
      for (const key of numeric) {
        const value = row[key] as number | null;
        expected.set(`${key}|${String(row.WijkenEnBuurten).trim()}|2020JJ00`, [value, value === null ? 'null' : null]);
      }
    }
    expect(numeric.length).toBeGreaterThan(90);
    expect(await stored('84799NED')).toEqual(expected);
    const names = (
      await pool.query(
        `SELECT m.name FROM measure m JOIN source_table t ON t.id = m.source_table_id WHERE t.table_id = '84799NED' AND m.source_key = 'AantalInwoners_5'`,
      )
    ).rows;
    expect(names).toEqual([{ name: 'population_total' }]);
  });

  it('should read every topic of a KWB table in several ODataApi requests, none refused, when one request would exceed the limits', () => {
    const pages = watched.exchanges.filter((e) => e.ctx.tableId === '84799NED' && e.ctx.endpoint === 'ODataApi TypedDataSet');
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.filter((e) => e.error !== null)).toEqual([]);
  });

  it('should fail with a not-found error naming the path when a table is not in the recording', async () => {
    const error = await failureOf(
      transport.getJson(`${endpoints.v4BaseUrl}/CBS/99999NED/Properties`, { tableId: '99999NED', endpoint: 'Properties' }),
    );
    expect(error).toMatchObject({ kind: 'fatal', code: 'not-found' });
    expect(error.message).toContain('/CBS/99999NED/Properties');
    expect(error.message).toContain(directory);
  });

  it('should fail naming the path when an entity set of a recorded table is unknown or not recorded', async () => {
    const unknown = await failureOf(
      transport.getJson(`${endpoints.v3BaseUrl}/ODataApi/odata/84799NED/Gemeenten?$format=json`, {
        tableId: '84799NED',
        endpoint: 'Gemeenten',
      }),
    );
    expect(unknown).toMatchObject({ kind: 'fatal', code: 'not-found' });
    expect(unknown.message).toContain('/ODataApi/odata/84799NED/Gemeenten');
    const groups = await failureOf(
      transport.getJson(`${endpoints.v3BaseUrl}/ODataApi/odata/84799NED/CategoryGroups?$format=json`, {
        tableId: '84799NED',
        endpoint: 'CategoryGroups',
      }),
    );
    expect(groups).toMatchObject({ kind: 'fatal', code: 'not-found' });
    expect(groups.message).toContain('not in the recording');
  });

  it('should fail as a bad setting when a URL is under neither base URL', async () => {
    const error = await failureOf(
      transport.getJson('https://example.org/ODataApi/odata/84799NED/TableInfos', { tableId: '84799NED', endpoint: 'TableInfos' }),
    );
    expect(error).toMatchObject({ kind: 'fatal', code: 'bad-config' });
    expect(error.message).toContain('https://example.org/ODataApi/odata/84799NED/TableInfos');
  });

  it('should refuse what CBS refuses when a filter names an unknown property or an answer is not JSON', async () => {
    const filter = encodeURIComponent("Gemeente eq 'GM0106'");
    const bad = await failureOf(
      transport.getJson(`${endpoints.v4BaseUrl}/CBS/03759ned/Observations?$filter=${filter}`, {
        tableId: '03759ned',
        endpoint: 'Observations',
      }),
    );
    expect(bad).toMatchObject({ kind: 'fatal', code: 'client-error', details: expect.objectContaining({ status: 400 }) });
    expect(bad.message).toContain("Could not find a property named 'Gemeente'");
    const xml = await failureOf(
      transport.getJson(`${endpoints.v3BaseUrl}/ODataApi/odata/84799NED/$metadata`, { tableId: '84799NED', endpoint: '$metadata' }),
    );
    expect(xml).toMatchObject({ kind: 'schema', code: 'schema-mismatch' });
  });

  it('should refuse an ODataApi result over the cell limit as too large when a request asks for the whole table', async () => {
    const error = await failureOf(
      transport.getJson(`${endpoints.v3BaseUrl}/ODataApi/odata/84799NED/TypedDataSet?$format=json`, {
        tableId: '84799NED',
        endpoint: 'ODataApi TypedDataSet',
      }),
    );
    expect(error).toMatchObject({ kind: 'fatal', code: 'result-too-large' });
  });

  it('should refuse to hold a recording in memory when it is larger than the byte budget', () => {
    const error = schemaErrorOf(() => readRecordedCbsTables(directory, 100_000));
    expect(error).toMatchObject({ kind: 'fatal', code: 'bad-config' });
    expect(error.message).toContain(`the recording in ${directory} is larger than 100000 bytes`);
  });

  it('should answer a v4 filter on regions and measures with only the matching recorded observations', async () => {
    const filter = encodeURIComponent("Measure eq 'M000365' and (RegioS eq 'GM0106' or RegioS eq 'PV22') and Perioden eq '2026JJ00'");
    const body = (await transport.getJson(`${endpoints.v4BaseUrl}/CBS/03759ned/Observations?$filter=${filter}`, {
      tableId: '03759ned',
      endpoint: 'Observations',
    })) as { value: Row[] };
    const expected = recorded('v4/03759ned/observations-page-1.json').filter(
      (o) => o.Measure === 'M000365' && ['GM0106', 'PV22'].includes(String(o.RegioS)) && o.Perioden === '2026JJ00',
    );
    expect(body.value).toEqual(expected);
    expect(body.value).toHaveLength(2);
  });
});
