import { Client, Pool } from 'pg';
import request from 'supertest';
import { RUNNABLE_SOURCE_IDS, RUN_REQUEST_CHANNEL, RunRequestQueue, SOURCES_WITH_TABLES } from '@koers/loading';
import { E2eApi, bearer, startE2eApi } from '../test-support/e2e-app';

describe('runs an admin starts', () => {
  let api: E2eApi;
  let pool: Pool;
  let editor: string;

  beforeAll(async () => {
    api = await startE2eApi({ empty: true });
    pool = new Pool({ connectionString: api.database.url });
    editor = await api.createKey('editor');
  });
  afterAll(async () => {
    await pool.end();
    await api.close();
  });

  it('should queue the run (202, Location), notify the ETL process, and show the request as it goes', async () => {
    // What the ETL's worker listens for.
    const listener = new Client({ connectionString: api.database.url });
    await listener.connect();
    const notified = new Promise<string>((resolve) => listener.on('notification', (message) => resolve(message.payload ?? '')));
    await listener.query(`LISTEN ${RUN_REQUEST_CHANNEL}`);

    const started = await request(api.server)
      .post('/api/v1/etl/runs')
      .set(bearer(api.adminToken))
      .send({ source: 'cbs', table: '84799NED' })
      .expect(202);
    expect(started.body).toMatchObject({
      source: 'cbs',
      tableId: '84799NED',
      status: 'queued',
      requestedBy: 'api-key:admin-token',
      runIds: [],
      startedAt: null,
    });
    expect(started.headers.location).toBe(`/api/v1/etl/requests/${started.body.id}`);
    await expect(notified).resolves.toBe(started.body.id);
    await listener.end();

    // The ETL process takes it and finishes it (its worker is tested in apps/etl); the API shows each state.
    const queue = new RunRequestQueue(pool);
    const claimed = await queue.claimNext();
    expect(claimed?.id).toBe(started.body.id);
    expect((await request(api.server).get(started.headers.location!).expect(200)).body.status).toBe('running');
    await queue.complete(claimed!.id, []);
    const done = await request(api.server).get(started.headers.location!).expect(200);
    expect(done.body).toMatchObject({ status: 'done', errorMessage: null });
    expect(done.headers['cache-control']).toBe('no-store');
    expect(done.body.finishedAt).toEqual(expect.any(String));

    const list = await request(api.server).get('/api/v1/etl/requests?limit=5').expect(200);
    expect(list.body.data[0]).toMatchObject({ id: started.body.id, status: 'done' });
  });

  it('should refuse without a key (401) and with an editor key (403), queueing nothing', async () => {
    const before = (await pool.query(`SELECT count(*)::int AS n FROM run_request`)).rows[0].n;
    await request(api.server).post('/api/v1/etl/runs').send({ source: 'cbs' }).expect(401);
    const forbidden = await request(api.server).post('/api/v1/etl/runs').set(bearer(editor)).send({ source: 'cbs' }).expect(403);
    expect(forbidden.body.detail).toBe('Deze actie vraagt de rol admin; deze sleutel heeft de rol editor.');
    expect((await pool.query(`SELECT count(*)::int AS n FROM run_request`)).rows[0].n).toBe(before);
  });

  it.each([
    [{ source: 'ftp' }, 'source', `Ongeldige parameter "source": moet een van ${RUNNABLE_SOURCE_IDS.join(', ')} zijn`],
    [{}, 'source', `Ongeldige parameter "source": moet een van ${RUNNABLE_SOURCE_IDS.join(', ')} zijn`],
    [
      { source: 'cbs', table: "84799NED'; DROP TABLE observation;--" },
      'table',
      'Ongeldige parameter "table": is geen tabelcode zoals 84799NED of geoinzicht-kwb-gemeenten',
    ],
    [{ source: 'inbox', table: '84799NED' }, 'table', `Ongeldige parameter "table": kan alleen bij bron ${SOURCES_WITH_TABLES.join(', ')}`],
    [{ source: 'cbs', force: true }, 'force', 'Ongeldige parameter "force": onbekende parameter'],
  ])('should answer 400 naming the parameter when the body is %j', async (body, parameter, message) => {
    const { body: error } = await request(api.server).post('/api/v1/etl/runs').set(bearer(api.adminToken)).send(body).expect(400);
    expect(error).toEqual({
      status: 400,
      title: 'Ongeldig verzoek',
      code: 'INVALID_PARAMETER',
      instance: '/api/v1/etl/runs',
      detail: message,
      'invalid-params': [{ name: parameter, reason: expect.any(String) }],
    });
  });

  it('should answer 404 for a request that does not exist and 400 for an id that is not one', async () => {
    const missing = await request(api.server).get('/api/v1/etl/requests/999999?lang=en').expect(404);
    expect(missing.body).toEqual({
      status: 404,
      title: 'Not Found',
      code: 'RUN_REQUEST_NOT_FOUND',
      instance: '/api/v1/etl/requests/999999',
      detail: 'Run request 999999 does not exist.',
    });
    expect((await request(api.server).get('/api/v1/etl/requests/abc').expect(400)).body['invalid-params'][0].name).toBe('id');
  });
});
