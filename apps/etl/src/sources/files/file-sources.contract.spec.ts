import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { TestDatabase, createMigratedTestDatabase } from '@koers/db/testing';
import { describeSourceContract } from '@koers/loading/testing';
import { FileSourcesAdapter } from './file-sources.adapter';
import { PgKnownRegions } from './known-regions.store';
import { MANIFEST_SUFFIX } from './manifest-folder.parser';
import { BUNDLED_FILES, FIXTURES } from './test-support/fixture-files';
import { snapshotRegions } from './test-support/snapshot-regions';

// The bundled land-use file (70262ned: region codes, no names to resolve), and the same manifest over a file whose
// bytes changed since it was described: the source refuses it as a whole.
const FILE = 'bodemgebruik_2015_GM0106_peers.csv';
const MANIFEST = join(BUNDLED_FILES, '70262ned', `${FILE}${MANIFEST_SUFFIX}`);

let database: TestDatabase;
let pool: Pool;
let changed: string;

beforeAll(async () => {
  database = await createMigratedTestDatabase();
  pool = new Pool({ connectionString: database.url });
  // The regions as the CBS snapshot registers them before the files load (as `npm start` seeds).
  const regions = snapshotRegions();
  await pool.query(`INSERT INTO region (code, name, level) SELECT * FROM unnest($1::text[], $2::text[], $3::text[])`, [
    regions.map((r) => r.code),
    regions.map((r) => r.name),
    regions.map((r) => r.level),
  ]);
  changed = mkdtempSync(join(tmpdir(), 'koers-files-contract-'));
  copyFileSync(join(FIXTURES, 'not-ok', '70262ned-changed.csv'), join(changed, FILE));
  writeFileSync(join(changed, `${FILE}${MANIFEST_SUFFIX}`), readFileSync(MANIFEST));
});
afterAll(async () => {
  rmSync(changed, { recursive: true, force: true });
  await pool.end();
  await database.drop();
});

describeSourceContract(
  'files (a StatLine-derived file described by its manifest)',
  () => ({ url: database.url, pool }),
  () => ({
    adapter: new FileSourcesAdapter({ files: [{ manifestPath: MANIFEST }] }, new PgKnownRegions(pool)),
    broken: new FileSourcesAdapter({ folder: changed }, new PgKnownRegions(pool)),
    request: { trigger: 'cli' },
  }),
);
