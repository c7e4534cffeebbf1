import { Pool } from 'pg';
import { loadConfig } from '@koers/config';
import { TestDatabase, createMigratedTestDatabase } from '@koers/db/testing';
import { describeSourceContract } from '@koers/loading/testing';
import { CbsAdapter } from './cbs.adapter';
import { FakeCbsServer } from './test-support/fake/fake-cbs.server';

// CBS through its real clients, against two fake CBS servers replaying the recorded tables (a v3 KWB table over
// several feed pages, a v4 table): one as CBS answers, one whose data pages arrive cut off mid-JSON every time.
let database: TestDatabase;
let pool: Pool;
let healthy: FakeCbsServer;
let faulty: FakeCbsServer;
let adapter: CbsAdapter;
let broken: CbsAdapter;

const adapterFor = async (server: FakeCbsServer) => {
  const { url } = await server.start();
  return CbsAdapter.fromConfig(loadConfig({ CBS_ODATA_V3_URL: url, CBS_ODATA_V4_URL: `${url}/odata/v1` }), {
    maxRetries: 1,
    backoffBaseMs: 1,
    timeoutMs: 2_000,
  });
};

beforeAll(async () => {
  database = await createMigratedTestDatabase();
  pool = new Pool({ connectionString: database.url });
  healthy = new FakeCbsServer({ feedPageSize: 40 });
  faulty = new FakeCbsServer({ feedPageSize: 40 });
  faulty.injectFault({ kind: 'truncated-json', match: /TypedDataSet|Observations/i, times: Infinity });
  [adapter, broken] = [await adapterFor(healthy), await adapterFor(faulty)];
});
afterAll(async () => {
  await Promise.all([healthy.close(), faulty.close()]);
  await pool.end();
  await database.drop();
});

describeSourceContract(
  'cbs (StatLine OData v3 and v4)',
  () => ({ url: database.url, pool }),
  () => ({ adapter, broken, request: { trigger: 'cli', options: { tables: '84799NED,03759ned' } } }),
);
