import { createHash, randomBytes } from 'node:crypto';
import { Client } from 'pg';
import request from 'supertest';
import { E2eApi, startE2eApi } from '../test-support/e2e-app';

describe('API keys and roles', () => {
  const adminToken = `admin-${randomBytes(16).toString('hex')}`;
  let api: E2eApi;
  beforeAll(async () => (api = await startE2eApi({ env: { KOERS_ADMIN_TOKEN: adminToken }, empty: true })));
  afterAll(() => api.close());

  const as = (token: string) => ({ Authorization: `Bearer ${token}` });
  const createKey = async (role: string, name?: string) =>
    (await request(api.server).post('/api/v1/auth/keys').set(as(adminToken)).send({ role, name }).expect(201)).body;

  it('should answer 401 with a Bearer challenge when no key or an unknown key is sent', async () => {
    const none = await request(api.server).get('/api/v1/auth/whoami').expect(401);
    expect(none.headers['www-authenticate']).toBe('Bearer realm="koers"');
    expect(none.body).toEqual({
      status: 401,
      title: 'Niet geautoriseerd',
      code: 'UNAUTHORIZED',
      instance: '/api/v1/auth/whoami',
      detail: 'Deze actie vraagt een API-sleutel: Authorization: Bearer <sleutel>.',
    });
    const unknown = await request(api.server)
      .get('/api/v1/auth/whoami?lang=en')
      .set(as(`koers_00000000_${'A'.repeat(43)}`))
      .expect(401);
    expect(unknown.body.detail).toBe('The API key is unknown or revoked.');
    await request(api.server)
      .get('/api/v1/auth/whoami')
      .set({ Authorization: `Basic ${adminToken}` })
      .expect(401);
  });

  it('should accept KOERS_ADMIN_TOKEN as an admin key when it is configured', async () => {
    const { body } = await request(api.server).get('/api/v1/auth/whoami').set(as(adminToken)).expect(200);
    expect(body).toEqual({ role: 'admin', prefix: 'admin-token', name: 'KOERS_ADMIN_TOKEN' });
  });

  it('should make a key that works once and is stored only as its sha256 when an admin creates one', async () => {
    const created = await createKey('editor', 'Uploads team');
    expect(created).toMatchObject({ role: 'editor', name: 'Uploads team', revokedAt: null, lastUsedAt: null });
    expect(created.key).toMatch(/^koers_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$/);
    expect(created.key.startsWith(`${created.prefix}_`)).toBe(true);
    expect((await request(api.server).get('/api/v1/auth/whoami').set(as(created.key)).expect(200)).body).toEqual({
      role: 'editor',
      prefix: created.prefix,
      name: 'Uploads team',
    });

    const client = new Client({ connectionString: api.database.url });
    await client.connect();
    const { rows } = await client.query(`SELECT * FROM api_key WHERE prefix = $1`, [created.prefix]);
    await client.end();
    expect(rows[0].key_hash).toBe(createHash('sha256').update(created.key).digest('hex'));
    expect(JSON.stringify(rows[0])).not.toContain(created.key.slice(created.prefix.length + 1));
    expect(rows[0].last_used_at).not.toBeNull();
  });

  it('should answer 403 naming the role needed when a key of a lower role is used', async () => {
    const editor = await createKey('editor');
    const viewer = await createKey('viewer');
    const forbidden = await request(api.server).post('/api/v1/auth/keys').set(as(editor.key)).send({ role: 'admin' }).expect(403);
    expect(forbidden.body).toEqual({
      status: 403,
      title: 'Geen toegang',
      code: 'FORBIDDEN',
      instance: '/api/v1/auth/keys',
      detail: 'Deze actie vraagt de rol admin; deze sleutel heeft de rol editor.',
    });
    await request(api.server).get('/api/v1/auth/keys').set(as(viewer.key)).expect(403);
    expect((await request(api.server).get('/api/v1/auth/whoami').set(as(viewer.key)).expect(200)).body.role).toBe('viewer');
  });

  it('should list keys without the keys themselves and stop a key when it is revoked', async () => {
    const key = await createKey('admin', 'temporary');
    const list = await request(api.server).get('/api/v1/auth/keys').set(as(key.key)).expect(200);
    expect(list.body.data.find((k: { prefix: string }) => k.prefix === key.prefix)).toEqual({
      prefix: key.prefix,
      role: 'admin',
      name: 'temporary',
      createdAt: key.createdAt,
      lastUsedAt: expect.any(String),
      revokedAt: null,
    });
    expect(JSON.stringify(list.body)).not.toContain(key.key);
    await request(api.server).delete(`/api/v1/auth/keys/${key.prefix}`).set(as(adminToken)).expect(204);
    await request(api.server).get('/api/v1/auth/whoami').set(as(key.key)).expect(401);
    expect((await request(api.server).delete(`/api/v1/auth/keys/${key.prefix}`).set(as(adminToken)).expect(404)).body.code).toBe(
      'KEY_NOT_FOUND',
    );
  });

  it('should answer 400 naming the field when the body is wrong', async () => {
    const role = await request(api.server).post('/api/v1/auth/keys').set(as(adminToken)).send({ role: 'root' }).expect(400);
    expect(role.body).toMatchObject({ 'invalid-params': [{ name: 'role', reason: 'moet viewer, editor of admin zijn' }] });
    const extra = await request(api.server)
      .post('/api/v1/auth/keys')
      .set(as(adminToken))
      .send({ role: 'viewer', expires: '2030' })
      .expect(400);
    expect(extra.body).toMatchObject({ 'invalid-params': [{ name: 'expires', reason: 'onbekende parameter' }] });
    expect((await request(api.server).delete('/api/v1/auth/keys/abc').set(as(adminToken)).expect(400)).body['invalid-params'][0].name).toBe(
      'prefix',
    );
  });

  it('should keep reading public when no key is sent', async () => {
    await request(api.server).get('/api/v1/indicators').expect(200);
  });
});
