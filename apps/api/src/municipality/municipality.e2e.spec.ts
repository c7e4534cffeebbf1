import request from 'supertest';
import { E2eApi, startE2eApi } from '../test-support/e2e-app';

describe('GET /api/v1/municipality', () => {
  describe('with the default configuration', () => {
    let api: E2eApi;
    beforeAll(async () => (api = await startE2eApi()));
    afterAll(() => api.close());

    it('should name the municipality, province and peers as the region list names them when nothing is configured', async () => {
      const { body } = await request(api.server).get('/api/v1/municipality').expect(200);
      expect(body).toEqual({
        municipality: { code: 'GM0106', name: 'Assen', level: 'gemeente' },
        province: { code: 'PV22', name: 'Drenthe (PV)', level: 'provincie' },
        peers: [
          { code: 'GM0114', name: 'Emmen', level: 'gemeente' },
          { code: 'GM0118', name: 'Hoogeveen', level: 'gemeente' },
          { code: 'GM0119', name: 'Meppel', level: 'gemeente' },
          { code: 'GM0014', name: 'Groningen (gemeente)', level: 'gemeente' },
        ],
        publisher: { name: 'Gemeente Assen', uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0106' },
        contact: { name: 'Gemeente Assen', email: 'info@assen.nl', url: 'https://www.assen.nl' },
      });
    });

    it('should answer 400 naming the parameter when a query parameter is given', async () => {
      const { body } = await request(api.server).get('/api/v1/municipality?code=GM0114').expect(400);
      expect(body['invalid-params'][0].name).toBe('code');
    });
  });

  describe('with another municipality configured', () => {
    let api: E2eApi;
    beforeAll(
      async () =>
        (api = await startE2eApi({
          env: {
            KOERS_MUNICIPALITY: 'GM0114',
            KOERS_PEERS: 'GM0106,GM0118',
            KOERS_CONTACT_EMAIL: 'info@emmen.nl',
            KOERS_CONTACT_URL: 'https://www.emmen.nl',
          },
        })),
    );
    afterAll(() => api.close());

    it('should name that municipality, and its publisher and contact after it, when only its code and addresses are set', async () => {
      const { body } = await request(api.server).get('/api/v1/municipality').expect(200);
      expect(body.municipality).toEqual({ code: 'GM0114', name: 'Emmen', level: 'gemeente' });
      expect(body.peers.map((p: { name: string }) => p.name)).toEqual(['Assen', 'Hoogeveen']);
      expect(body.publisher).toEqual({ name: 'Gemeente Emmen', uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0114' });
      expect(body.contact).toEqual({ name: 'Gemeente Emmen', email: 'info@emmen.nl', url: 'https://www.emmen.nl' });
    });

    it('should name the same publisher in the catalogue and the feed when the names are left to the region list', async () => {
      const catalog = await request(api.server).get('/api/v1/catalog').expect(200);
      expect(JSON.stringify(catalog.body)).toContain('Gemeente Emmen');
      expect(JSON.stringify(catalog.body)).not.toContain('Gemeente Assen');
      const feed = await request(api.server).get('/api/v1/feeds/wijzigingen.atom').expect(200);
      expect(feed.text).toContain('<name>Gemeente Emmen</name>');
    });
  });
});
