import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findWorkspaceRoot } from '@koers/config';
import request from 'supertest';
import { E2eApi, startE2eApi } from '../test-support/e2e-app';
import { HTTP_METHODS, type Json, list, operationsOf, record, responsesOf } from '../test-support/openapi-document';

// The NL API Design Rules (Logius, "API Design Rules", on the "pas toe of leg uit" list), checked against the
// document the API serves and against live answers. Each test names the rule it holds the API to; the rules are
// summarised in shared/reference/nl-api-design-rules.md and written down here from their text.

const SEMVER = /^\d+\.\d+\.\d+$/;
const KEBAB_SEGMENT = /^([a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+)?|\{[a-zA-Z][a-zA-Z0-9]*\})$/;
const LOWER_CAMEL = /^[a-z][a-zA-Z0-9]*$/;
const UPPER_CAMEL = /^[A-Z][a-zA-Z0-9]*$/;
/** Properties that hold a date or a time, by their name (`…At`, `…On`, `…Date`, `peildatum`, `periodStart`, …). */
const DATE_NAME = /(At|On|Date|date|datum|Datum|^time|Start|End|Modified|Release|Meeting|^asOf)$/;

/** Every property of every schema in the document, with where it is and its schema. */
function propertiesOf(value: unknown, where: string, found: { where: string; name: string; schema: Json }[] = []): typeof found {
  if (Array.isArray(value)) value.forEach((item, i) => propertiesOf(item, `${where}/${i}`, found));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'properties')
        for (const [name, schema] of Object.entries(record(inner)))
          found.push({ where: `${where}/properties/${name}`, name, schema: record(schema) });
      propertiesOf(inner, `${where}/${key}`, found);
    }
  }
  return found;
}

/** The formats a property's schema allows (also inside `anyOf`, as for `string | null`). */
function formatsOf(schema: Json): unknown[] {
  return [schema['format'], ...list(schema['anyOf']).map((option) => record(option)['format'])].filter((format) => format !== undefined);
}

describe('NL API Design Rules', () => {
  let api: E2eApi;
  let document: Json;
  beforeAll(async () => {
    api = await startE2eApi();
    document = (await request(api.server).get('/api/v1/openapi.json').expect(200)).body;
  });
  afterAll(() => api.close());

  describe('the OpenAPI document', () => {
    it('/core/publish-openapi: should serve OpenAPI 3 at <base>/openapi.json, with its UI beside it, when asked', async () => {
      expect(document['openapi']).toMatch(/^3\.\d+\.\d+$/);
      expect((await request(api.server).get('/api/v1/docs').expect(200)).text).toContain('swagger-ui');
    });

    it('/core/doc-openapi-contact: should name a contact with name, e-mail and url when info is read', () => {
      const contact = record(record(document['info'])['contact']);
      expect(contact).toEqual({
        name: expect.any(String),
        email: expect.stringMatching(/^[^@\s]+@[^@\s]+$/),
        url: expect.stringMatching(/^https?:\/\//),
      });
    });

    it('/core/semver: should give info.version as MAJOR.MINOR.PATCH when info is read', () => {
      expect(record(document['info'])['version']).toMatch(SEMVER);
    });

    it('/core/uri-version: should list servers whose URL carries the major version of info.version', () => {
      const major = String(record(document['info'])['version']).split('.')[0];
      const servers = list(document['servers']).map((server) => String(record(server)['url']));
      expect(servers.length).toBeGreaterThan(0);
      for (const url of servers) expect(url).toMatch(new RegExp(`/v${major}$`));
    });

    it('/core/doc-openapi: should have unique operationIds and tags when the operations are read', () => {
      const ids = operationsOf(document).map(({ operation }) => operation['operationId']);
      expect(ids.every((id) => typeof id === 'string')).toBe(true);
      expect(new Set(ids).size).toBe(ids.length);
      const tags = list(document['tags']).map((tag) => record(tag)['name']);
      expect(new Set(tags).size).toBe(tags.length);
    });

    it('/core/http-methods: should use only the standard HTTP methods when paths are read', () => {
      const keys = Object.values(record(document['paths'])).flatMap((item) => Object.keys(record(item)));
      expect(keys.filter((key) => !(HTTP_METHODS as readonly string[]).includes(key) && key !== 'parameters')).toEqual([]);
    });

    it('/core/no-trailing-slash and /core/path-segments-kebab-case: should write every path without a trailing slash, in kebab-case segments', () => {
      const paths = Object.keys(record(document['paths']));
      expect(paths.filter((path) => path.length > 1 && path.endsWith('/'))).toEqual([]);
      expect(
        paths.filter(
          (path) =>
            !path
              .split('/')
              .slice(1)
              .every((segment) => KEBAB_SEGMENT.test(segment)),
        ),
      ).toEqual([]);
    });

    it('/core/query-keys-camel-case: should name every query parameter in lowerCamelCase', () => {
      const names = operationsOf(document).flatMap(({ operation }) =>
        list(operation['parameters'])
          .map(record)
          .filter((p) => p['in'] === 'query')
          .map((p) => String(p['name'])),
      );
      expect(names.length).toBeGreaterThan(10);
      expect(names.filter((name) => !LOWER_CAMEL.test(name))).toEqual([]);
    });

    it('/core/naming-resources (schemas): should name every schema in UpperCamelCase', () => {
      const names = Object.keys(record(record(document['components'])['schemas']));
      expect(names.length).toBeGreaterThan(20);
      expect(names.filter((name) => !UPPER_CAMEL.test(name))).toEqual([]);
    });

    it('/core/date-time: should mark every property that holds a date as format date or date-time', () => {
      const dated = propertiesOf(document, '#').filter(({ name }) => DATE_NAME.test(name));
      expect(dated.length).toBeGreaterThan(20);
      const unmarked = dated.filter(({ schema }) => !formatsOf(schema).some((format) => format === 'date' || format === 'date-time'));
      expect(unmarked.map(({ where }) => where)).toEqual([]);
    });

    it('/core/version-header: should declare API-Version on every 2xx and 3xx response', () => {
      const successes = responsesOf(document).filter(({ status }) => status < 400);
      expect(successes.length).toBeGreaterThan(30);
      expect(
        successes.filter(({ response }) => record(response['headers'])['API-Version'] === undefined).map(({ where }) => where),
      ).toEqual([]);
    });

    it('/core/error-handling/problem-details: should declare every 4xx and 5xx as application/problem+json with status, title and detail', () => {
      const schemas = record(record(document['components'])['schemas']);
      const required = (ref: unknown) => list(record(schemas[String(ref).replace('#/components/schemas/', '')])['required']);
      const errors = responsesOf(document).filter(({ status }) => status >= 400);
      const wrong = errors.filter(({ response }) => {
        const content = record(response['content']);
        const schema = record(record(content['application/problem+json'])['schema']);
        return (
          Object.keys(content).join() !== 'application/problem+json' ||
          !['status', 'title', 'detail'].every((member) => required(schema['$ref']).includes(member))
        );
      });
      expect(errors.length).toBeGreaterThan(100);
      expect(wrong.map(({ where }) => where)).toEqual([]);
    });

    it('/core/error-handling/invalid-input: should declare 400 on every GET with parameters and on every POST, PUT, PATCH and DELETE', () => {
      const needing = operationsOf(document).filter(({ method, operation }) =>
        method === 'get'
          ? list(operation['parameters']).some((p) => ['query', 'path'].includes(String(record(p)['in'])))
          : ['post', 'put', 'patch', 'delete'].includes(method),
      );
      expect(
        needing
          .filter(({ operation }) => record(operation['responses'])['400'] === undefined)
          .map(({ method, path }) => `${method} ${path}`),
      ).toEqual([]);
    });

    it('/core/transport/security: should describe the bearer keys truthfully, not as JWT', () => {
      const bearer = record(record(record(document['components'])['securitySchemes'])['bearer']);
      expect(bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
      expect(String(bearer['bearerFormat'])).not.toMatch(/jwt/i);
    });

    it('/core/changelog: should keep a changelog whose newest version is the version the API gives', () => {
      const changelog = readFileSync(join(findWorkspaceRoot(), 'docs', 'api-changelog.md'), 'utf8');
      expect(changelog.match(/^## (\d+\.\d+\.\d+)/m)?.[1]).toBe(record(document['info'])['version']);
      expect(changelog).toMatch(/^## Deprecations$/m);
    });
  });

  describe('live answers', () => {
    const version = () => String(record(document['info'])['version']);

    it('/core/version-header: should send API-Version with the full version on a success, a 304, an error and an unknown path', async () => {
      const ok = await request(api.server).get('/api/v1/ambitions').expect(200);
      const notModified = await request(api.server).get('/api/v1/ambitions').set('If-None-Match', ok.headers.etag!).expect(304);
      const refused = await request(api.server).get('/api/v1/indicators?level=stad').expect(400);
      const unknown = await request(api.server).get('/api/v1/bestaat-niet').expect(404);
      const written = await request(api.server).post('/api/v1/etl/runs').send({ source: 'cbs' }).expect(401);
      expect([ok, notModified, refused, unknown, written].map((response) => response.headers['api-version'])).toEqual(
        Array(5).fill(version()),
      );
    });

    it('/core/error-handling/problem-details: should answer every kind of error as a problem, in Dutch and with lang=en in English', async () => {
      const answers = [
        await request(api.server).get('/api/v1/indicators/geluk').expect(404),
        await request(api.server).get('/api/v1/bestaat-niet').expect(404),
        await request(api.server).get('/api/v1/observations?limit=0').expect(400),
        await request(api.server).post('/api/v1/etl/runs').send({ source: 'cbs' }).expect(401),
        await request(api.server).get('/api/v1/ambitions').set('Content-Type', 'application/json').send('{"a":').expect(400),
        await request(api.server)
          .get('/api/v1/ambitions')
          .set('Content-Type', 'application/json')
          .send(`{"a":"${'x'.repeat(200_000)}"}`)
          .expect(413),
        await request(api.server)
          .get('/api/v1/ambitions')
          .set('Content-Type', 'application/json')
          .set('Content-Encoding', 'zip')
          .send('{}')
          .expect(415),
      ];
      for (const answer of answers) {
        expect(answer.headers['content-type']).toBe('application/problem+json; charset=utf-8');
        expect(answer.body).toMatchObject({ status: answer.status, title: expect.any(String), detail: expect.any(String) });
      }
      expect(answers[0]!.body.title).toBe('Niet gevonden');
      expect((await request(api.server).get('/api/v1/indicators/geluk?lang=en').expect(404)).body).toMatchObject({
        title: 'Not Found',
        detail: expect.stringMatching(/^Indicator "geluk" does not exist/),
      });
    });

    it('/core/error-handling/invalid-input: should name the refused parameter and why when input is invalid', async () => {
      const { body } = await request(api.server).get('/api/v1/observations?limit=0&lang=en').expect(400);
      expect(body['invalid-params']).toEqual([{ name: 'limit', reason: 'must be a whole number from 1 to 10000' }]);
    });

    it('/core/no-trailing-slash: should answer 404, not the resource, when a path ends in a slash or is written in another case', async () => {
      await request(api.server).get('/api/v1/regions').expect(200);
      for (const path of [
        '/api/v1/regions/',
        '/api/v1/Regions',
        '/api/v1/REGIONS/GM0106',
        '/API/v1/regions',
        '/api/v1/indicators/population-total/',
      ]) {
        const { body } = await request(api.server).get(path).expect(404);
        expect(body.code).toBe('NOT_FOUND');
      }
    });
  });
});
