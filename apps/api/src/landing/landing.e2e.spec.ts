import request from 'supertest';
import { CONTRACT_SCHEMAS } from '@koers/api-contracts/schemas';
import { E2eApi, startE2eApi } from '../test-support/e2e-app';
import { DocumentedSchemas } from '../test-support/openapi-document';

describe('GET /api/v1, the landing page', () => {
  let api: E2eApi;
  beforeAll(async () => (api = await startE2eApi({ empty: true })));
  afterAll(() => api.close());

  it('should link the document, its UI, the catalogue, the feed and the downloads, each of which answers', async () => {
    const { body, headers } = await request(api.server).get('/api/v1').expect(200);
    expect(headers['api-version']).toBe(body.version);
    expect(Object.keys(body.links)).toEqual(['openapi', 'docs', 'catalog', 'feed', 'downloads', 'datapackage', 'health']);
    for (const link of Object.values(body.links) as { href: string; type: string }[]) {
      const response = await request(api.server).get(link.href).set('Accept', link.type).expect(200);
      expect(response.headers['content-type']).toContain(link.type);
    }
  });

  it('should fit its contract type when the JSON is read', async () => {
    const { body } = await request(api.server).get('/api/v1?lang=en').expect(200);
    const ref = { $ref: '#/components/schemas/ApiIndexResponse' };
    const schemas = new DocumentedSchemas({
      components: { schemas: CONTRACT_SCHEMAS },
      paths: { '/': { get: { responses: { 200: { content: { 'application/json': { schema: ref } } } } } } },
    });
    expect(schemas.problemsOf('/', 'get', 200, 'application/json', body)).toEqual([]);
    expect(body.links.feed.title).toBe('Atom feed of changes');
  });

  it('should give a browser a page of the same links, and 404 with a trailing slash', async () => {
    const page = await request(api.server).get('/api/v1').set('Accept', 'text/html,application/xhtml+xml').expect(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.text).toContain('<a href="/api/v1/catalog">DCAT-AP-NL-catalogus (JSON-LD, Turtle)</a>');
    await request(api.server).get('/api/v1/').expect(404);
  });
});
