import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { MUNICIPAL_FIXTURES_DIR } from '@koers/municipal-files/testing';
import { E2eApi, bearer, startE2eApi } from '../test-support/e2e-app';
import { DocumentedSchemas, type Json, operationsOf, record } from '../test-support/openapi-document';

const BASE = '/api/v1';
const fixture = (path: string): Buffer => readFileSync(join(MUNICIPAL_FIXTURES_DIR, path));

/** The media type of an answer without its parameters (`application/problem+json; charset=utf-8` → the type). */
const mediaTypeOf = (header: string | undefined): string => (header ?? '').split(';')[0]!.trim();

describe('live answers against the schemas the OpenAPI document declares (Ajv, JSON Schema 2020-12)', () => {
  let api: E2eApi;
  let document: Json;
  let schemas: DocumentedSchemas;
  let editor: string;
  let problems: string[] = [];

  /** Sends the request and checks its body against the schema documented for its path, method and status. */
  async function checked(
    method: 'get' | 'post',
    path: string,
    url: string,
    send: (test: request.Test) => request.Test = (test) => test,
  ): Promise<request.Response> {
    const response = await send(request(api.server)[method](`${BASE}${url}`));
    problems.push(...schemas.problemsOf(path, method, response.status, mediaTypeOf(response.headers['content-type']), response.body));
    return response;
  }

  beforeAll(async () => {
    api = await startE2eApi();
    document = (await request(api.server).get(`${BASE}/openapi.json`).expect(200)).body;
    schemas = new DocumentedSchemas(document);
    editor = (
      await checked('post', '/auth/keys', '/auth/keys', (t) => t.set(bearer(api.adminToken)).send({ role: 'editor', name: 'schema test' }))
    ).body.key;
  });
  afterAll(() => api.close());
  beforeEach(() => (problems = []));

  it('should fit the documented schemas when writes succeed and when they are refused', async () => {
    const upload = (file: string) => (t: request.Test) => t.set(bearer(editor)).attach('file', fixture(file), file.split('/')[1]!);
    const loaded = await checked('post', '/uploads/{kind}', '/uploads/vacancy', upload('ok/vacancy-comma.csv'));
    const again = await checked('post', '/uploads/{kind}', '/uploads/vacancy', upload('ok/vacancy-comma.csv'));
    const rejected = await checked('post', '/uploads/{kind}', '/uploads/vacancy', upload('not-ok/vacant-exceeds-total.csv'));
    const queued = await checked('post', '/etl/runs', '/etl/runs', (t) => t.set(bearer(api.adminToken)).send({ source: 'cbs' }));
    const unauthorized = await checked('post', '/etl/runs', '/etl/runs', (t) => t.send({ source: 'cbs' }));
    const invalid = await checked('post', '/etl/runs', '/etl/runs', (t) => t.set(bearer(api.adminToken)).send({ source: 'ftp' }));
    expect([loaded.status, again.status, rejected.status, queued.status, unauthorized.status, invalid.status]).toEqual([
      201, 200, 422, 202, 401, 400,
    ]);
    expect(problems).toEqual([]);
  });

  it('should fit the documented schema for every JSON GET operation of the document when each is sampled', async () => {
    const years = (await checked('get', '/reports', '/reports')).body as { lastCompleteYear: number };
    const year = String(years.lastCompleteYear);
    const adopted = await checked('post', '/reports/{year}/editions', `/reports/${year}/editions`, (t) =>
      t.set(bearer(api.adminToken)).send({ adoptedBy: 'de gemeenteraad van Assen', councilMeeting: `${year}-12-01` }),
    );
    const upload = (await request(api.server).get(`${BASE}/uploads/files`).expect(200)).body.data[0].id as string;
    const run = (await request(api.server).get(`${BASE}/etl/runs?limit=1`).expect(200)).body.data[0].id as string;
    const runRequest = (await request(api.server).get(`${BASE}/etl/requests?limit=1`).expect(200)).body.data[0].id as string;
    const samples: Readonly<Record<string, string>> = {
      '/ambitions/{id}': '/ambitions/generaties',
      '/indicators/{id}': '/indicators/population-total',
      '/indicators/{id}/regions': '/indicators/population-total/regions?level=wijk',
      '/regions/{code}': '/regions/GM0106',
      '/regions/{code}/indicators': '/regions/WK010600/indicators',
      '/etl/runs/{id}': `/etl/runs/${run}`,
      '/etl/requests/{id}': `/etl/requests/${runRequest}`,
      '/uploads/files/{id}': `/uploads/files/${upload}`,
      '/reports/{year}': `/reports/${year}`,
      '/reports/{year}/changes': `/reports/${year}/changes`,
      '/reports/{year}/editions/{number}': adopted.body.url.slice(BASE.length),
      '/observations': '/observations?limit=5',
    };
    // Every GET whose success is JSON of some kind (application/json, application/ld+json).
    const isJson = (operation: Json) =>
      Object.keys(record(record(record(operation['responses'])['200'])['content'])).some((type) => /[/+]json$/.test(type));
    const jsonGets = operationsOf(document).filter(({ method, operation }) => method === 'get' && isJson(operation));
    const unsampled = jsonGets.filter(({ path }) => path.includes('{') && samples[path] === undefined).map(({ path }) => path);
    expect(unsampled).toEqual([]);
    for (const { path } of jsonGets) {
      const response = await checked('get', path, samples[path] ?? path, (t) => t.set(bearer(api.adminToken)));
      expect([path, response.status]).toEqual([path, 200]);
    }
    expect(jsonGets.length).toBeGreaterThanOrEqual(25);
    expect(problems).toEqual([]);
  });

  it('should fit the documented problem schemas when reads are refused', async () => {
    const statuses = [
      (await checked('get', '/indicators/{id}', '/indicators/happiness')).status,
      (await checked('get', '/indicators', '/indicators?level=stad&lang=en')).status,
      (await checked('get', '/auth/keys', '/auth/keys')).status,
      (await checked('get', '/auth/keys', '/auth/keys', (t) => t.set(bearer(editor)))).status,
      (await checked('get', '/reports/{year}', '/reports/2999')).status,
      (
        await checked('get', '/ambitions', '/ambitions', (t) =>
          t.set('Content-Type', 'application/json').send(`{"a":"${'x'.repeat(200_000)}"}`),
        )
      ).status,
      (
        await checked('get', '/ambitions', '/ambitions', (t) =>
          t.set('Content-Type', 'application/json').set('Content-Encoding', 'zip').send('{}'),
        )
      ).status,
    ];
    expect(statuses).toEqual([404, 400, 401, 403, 404, 413, 415]);
    expect(problems).toEqual([]);
  });
});
