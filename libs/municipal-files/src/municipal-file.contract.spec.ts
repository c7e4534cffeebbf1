import { Pool } from 'pg';
import { TestDatabase, createMigratedTestDatabase } from '@koers/db/testing';
import { describeSourceContract } from '@koers/loading/testing';
import { DEFAULT_FILE_LIMITS } from './file-limits';
import { checkMunicipalFile } from './check/file-check';
import { MunicipalFileAdapter } from './municipal-file.adapter';
import { NOW, fixtureBytes, knownRegionsLookup } from './test-support/municipal-fixtures';

// One valid vacancy file as the import hands it to its adapter, and a file with problems: the adapter of a
// rejected file fails its run with the issues and stores nothing.
let database: TestDatabase;
let pool: Pool;
let valid: MunicipalFileAdapter;
let rejected: MunicipalFileAdapter;

function checked(name: string) {
  const request = {
    kind: 'vacancy',
    fileName: name,
    bytes: fixtureBytes(name),
    now: NOW,
    timeZone: 'Europe/Amsterdam',
    municipality: 'GM0106',
    limits: DEFAULT_FILE_LIMITS,
    withFigures: true,
  } as const;
  return checkMunicipalFile(request, knownRegionsLookup);
}

beforeAll(async () => {
  database = await createMigratedTestDatabase();
  pool = new Pool({ connectionString: database.url });
  const good = await checked('ok/vacancy-comma.csv');
  valid = new MunicipalFileAdapter({
    outcome: 'load',
    kind: 'vacancy',
    sha256: 'contract-vacancy-comma',
    uploadedAt: NOW,
    mapped: good.mapped!,
    registerMunicipality: 'GM0106',
  });
  const bad = await checked('not-ok/vacant-exceeds-total.csv');
  rejected = new MunicipalFileAdapter({ outcome: 'reject', kind: 'vacancy', fileName: 'vacant-exceeds-total.csv', issues: bad.issues });
});
afterAll(async () => {
  await pool.end();
  await database.drop();
});

describeSourceContract(
  'municipal-file (one uploaded file)',
  () => ({ url: database.url, pool }),
  () => ({ adapter: valid, broken: rejected, request: { trigger: 'api' } }),
);
