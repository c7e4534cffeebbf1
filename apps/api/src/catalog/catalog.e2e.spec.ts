import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { toRDF } from 'jsonld';
import { Parser, Store, Writer } from 'n3';
import { Client } from 'pg';
import request from 'supertest';
import { E2eApi, startE2eApi } from '../test-support/e2e-app';

const run = promisify(execFile);
const SHAPES = join(__dirname, 'dcat-ap-nl.shapes.ttl');
const VALIDATOR = join(__dirname, '..', 'test-support', 'shacl-validate.mjs');
const PUBLIC_URL = 'https://koers.assen.example';
const CATALOG = `${PUBLIC_URL}/api/v1/catalog`;
const NS = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  prov: 'http://www.w3.org/ns/prov#',
};

interface ShaclReport {
  readonly conforms: boolean;
  readonly results: readonly { readonly focusNode: string | null; readonly path: string | null; readonly message: string }[];
}

/** The statements of a Turtle text, as sorted N-Triples lines (blank-node free, so comparable as text). */
function lines(turtle: string): string[] {
  const writer = new Writer({ format: 'N-Triples' });
  const text = writer.quadsToString(new Parser().parse(turtle));
  return text.split('\n').filter(Boolean).sort();
}

describe('GET /api/v1/catalog (DCAT-AP-NL 3.0)', () => {
  let api: E2eApi;
  let folder: string;
  let turtle: string;
  let store: Store;
  const objects = (subject: string, predicate: string) => store.getObjects(subject, predicate, null).map((term) => term.value);

  async function shacl(data: string): Promise<ShaclReport> {
    const file = join(folder, `data-${Date.now()}-${Math.random()}.ttl`);
    writeFileSync(file, data);
    return JSON.parse((await run(process.execPath, [VALIDATOR, file, SHAPES])).stdout) as ShaclReport;
  }

  beforeAll(async () => {
    api = await startE2eApi({ env: { KOERS_PUBLIC_URL: PUBLIC_URL } });
    folder = mkdtempSync(join(tmpdir(), 'koers-catalog-'));
    const response = await request(api.server).get('/api/v1/catalog').set('Accept', 'text/turtle').expect(200);
    expect(response.headers['content-type']).toBe('text/turtle; charset=utf-8');
    turtle = response.text;
    store = new Store(new Parser().parse(turtle));
  });
  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    await api.close();
  });

  it('should pass the SHACL shapes of the mandatory DCAT-AP-NL properties when validated with rdf-validate-shacl', async () => {
    const report = await shacl(turtle);
    expect(report.results).toEqual([]);
    expect(report.conforms).toBe(true);
  });

  it('should fail the shapes, naming what is missing, when a mandatory property is taken out', async () => {
    const without = new Store(new Parser().parse(turtle));
    without.removeQuads(without.getQuads(CATALOG, `${NS.dct}publisher`, null, null));
    const file = store.getObjects(`${CATALOG}#download-indicators`, `${NS.dcat}distribution`, null)[0]!;
    without.removeQuads(without.getQuads(file, `${NS.dct}license`, null, null));
    const report = await shacl(new Writer().quadsToString(without.getQuads(null, null, null, null)));
    expect(report.conforms).toBe(false);
    expect(report.results.map((result) => result.path)).toEqual(expect.arrayContaining([`${NS.dct}publisher`, `${NS.dct}license`]));
  });

  it('should give the same graph in JSON-LD, the default, as in Turtle', async () => {
    const response = await request(api.server).get('/api/v1/catalog').expect(200);
    expect(response.headers['content-type']).toBe('application/ld+json; charset=utf-8');
    expect(response.headers.vary).toContain('Accept');
    const nquads = await toRDF(JSON.parse(response.text) as object, { format: 'application/n-quads' });
    expect(lines(nquads)).toEqual(lines(turtle));
  });

  it('should name the municipality as publisher and list a dataset per download and per loaded table', async () => {
    expect(objects(CATALOG, `${NS.dct}publisher`)).toEqual(['https://identifier.overheid.nl/tooi/id/gemeente/gm0106']);
    const datasets = objects(CATALOG, `${NS.dcat}dataset`);
    const client = new Client({ connectionString: api.database.url });
    await client.connect();
    const loaded = (
      await client.query(
        `SELECT DISTINCT upper(st.table_id) AS id FROM source_table st JOIN measure m ON m.source_table_id = st.id JOIN observation o ON o.measure_id = m.id`,
      )
    ).rows;
    await client.end();
    expect(datasets.sort()).toEqual(
      [
        `${CATALOG}#download-indicators`,
        `${CATALOG}#download-observations`,
        ...loaded.map((row: { id: string }) => `${CATALOG}#table-${row.id}`),
      ].sort(),
    );
    expect(store.getSubjects(`${NS.rdf}type`, `${NS.dcat}Dataset`, null)).toHaveLength(datasets.length);
  });

  it('should derive a CBS table from its StatLine table and the downloads from the tables', () => {
    expect(objects(`${CATALOG}#table-03759NED`, `${NS.prov}wasDerivedFrom`)).toEqual([
      'https://opendata.cbs.nl/statline/#/CBS/nl/dataset/03759ned/table',
    ]);
    expect(objects(`${CATALOG}#download-indicators`, `${NS.prov}wasDerivedFrom`)).toContain(`${CATALOG}#table-03759NED`);
  });

  it('should give every file of a download as a distribution whose access URL answers', async () => {
    const files = objects(`${CATALOG}#download-indicators`, `${NS.dcat}distribution`);
    expect(files).toHaveLength(5);
    for (const file of files) {
      const [url] = objects(file, `${NS.dcat}accessURL`);
      expect(url).toMatch(new RegExp(`^${PUBLIC_URL}/api/v1/downloads/indicators`));
      await request(api.server).get(url!.slice(PUBLIC_URL.length)).expect(200);
    }
    const tableFile = objects(`${CATALOG}#table-03759NED`, `${NS.dcat}distribution`)[0]!;
    await request(api.server)
      .get(objects(tableFile, `${NS.dcat}accessURL`)[0]!.slice(PUBLIC_URL.length))
      .expect(200);
  });
});
