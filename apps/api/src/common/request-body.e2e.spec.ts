import { Logger } from '@nestjs/common';
import request from 'supertest';
import { E2eApi, startE2eApi } from '../test-support/e2e-app';

/** A JSON object of about `bytes` bytes. */
function jsonOf(bytes: number): string {
  return JSON.stringify({ padding: 'x'.repeat(bytes) });
}

describe('request bodies the API cannot read', () => {
  let api: E2eApi;
  let logged: jest.SpyInstance;
  beforeAll(async () => (api = await startE2eApi({ empty: true })));
  afterAll(() => api.close());
  beforeEach(() => (logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined)));
  afterEach(() => {
    const calls = [...logged.mock.calls];
    logged.mockRestore();
    // A client's mistake is no error of the API: no stack trace in the log.
    expect(calls).toEqual([]);
  });

  it('should answer 413 in Dutch when a JSON body is over 100 kB, on any route and without a key', async () => {
    const { body } = await request(api.server)
      .get('/api/v1/ambitions')
      .set('Content-Type', 'application/json')
      .send(jsonOf(200_000))
      .expect(413);
    expect(body).toEqual({
      status: 413,
      title: 'Verzoek te groot',
      code: 'PAYLOAD_TOO_LARGE',
      instance: '/api/v1/ambitions',
      detail: 'Het verzoek is groter dan 100 kB; stuur hooguit 100 kB.',
    });
  });

  it('should answer 413 in English when a too large body comes with lang=en', async () => {
    const { body } = await request(api.server)
      .post('/api/v1/etl/runs?lang=en')
      .set('Content-Type', 'application/json')
      .send(jsonOf(150_000))
      .expect(413);
    expect(body).toEqual({
      status: 413,
      title: 'Content Too Large',
      code: 'PAYLOAD_TOO_LARGE',
      instance: '/api/v1/etl/runs',
      detail: 'The request body is larger than 100 kB; send at most 100 kB.',
    });
  });

  it('should answer 415 naming the encoding when the Content-Encoding is unknown', async () => {
    const nl = await request(api.server)
      .get('/api/v1/ambitions')
      .set('Content-Type', 'application/json')
      .set('Content-Encoding', 'br2')
      .send('{}')
      .expect(415);
    expect(nl.body).toEqual({
      status: 415,
      title: 'Mediatype niet ondersteund',
      instance: '/api/v1/ambitions',
      code: 'UNSUPPORTED_MEDIA_TYPE',
      detail: 'De Content-Encoding "br2" wordt niet ondersteund; stuur de inhoud ongecomprimeerd, of met gzip, deflate of br.',
    });
    const en = await request(api.server)
      .get('/api/v1/ambitions?lang=en')
      .set('Content-Type', 'application/json')
      .set('Content-Encoding', 'br2')
      .send('{}')
      .expect(415);
    expect(en.body.detail).toBe('Content-Encoding "br2" is not supported; send the body uncompressed, or with gzip, deflate or br.');
  });

  it('should answer 415 naming the charset when a JSON body declares one the API cannot read', async () => {
    const { body } = await request(api.server)
      .get('/api/v1/ambitions?lang=en')
      .set('Content-Type', 'application/json; charset=koi8-x')
      .send('{}')
      .expect(415);
    expect(body).toEqual({
      status: 415,
      title: 'Unsupported Media Type',
      code: 'UNSUPPORTED_MEDIA_TYPE',
      instance: '/api/v1/ambitions',
      detail: 'Charset "koi8-x" is not supported; send the body in UTF-8.',
    });
  });

  it('should answer 400 naming the body when the JSON is malformed', async () => {
    const nl = await request(api.server)
      .post('/api/v1/etl/runs')
      .set('Content-Type', 'application/json')
      .send('{"source": cbs')
      .expect(400);
    expect(nl.body).toEqual({
      status: 400,
      title: 'Ongeldig verzoek',
      instance: '/api/v1/etl/runs',
      code: 'INVALID_PARAMETER',
      detail: 'Ongeldige parameter "body": is geen geldige JSON',
      'invalid-params': [{ name: 'body', reason: 'is geen geldige JSON' }],
    });
    const en = await request(api.server).get('/api/v1/regions?lang=en').set('Content-Type', 'application/json').send('[1,').expect(400);
    expect(en.body).toMatchObject({ code: 'INVALID_PARAMETER', 'invalid-params': [{ name: 'body', reason: 'is not valid JSON' }] });
  });

  it('should still read a JSON body within the limit', async () => {
    // No key: the body was read and the guard answered, so the parser let it through.
    await request(api.server).post('/api/v1/etl/runs').set('Content-Type', 'application/json').send(jsonOf(90_000)).expect(401);
  });
});
