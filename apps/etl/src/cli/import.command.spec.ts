import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { INestApplicationContext } from '@nestjs/common';
import { Pool } from 'pg';
import { TestDatabase, createMigratedTestDatabase } from '@koers/db/testing';
import { SourceRunner } from '@koers/loading';
import { MunicipalImportService, uploadResponse } from '@koers/municipal-files';
import { MUNICIPAL_FIXTURES_DIR as FIXTURES } from '@koers/municipal-files/testing';
import { importCommand } from './import.command';

describe('npm run etl -- import', () => {
  let database: TestDatabase;
  let pool: Pool;
  let service: MunicipalImportService;

  beforeAll(async () => {
    database = await createMigratedTestDatabase();
    pool = new Pool({ connectionString: database.url });
    service = new MunicipalImportService(pool, new SourceRunner(pool, database.url), {
      municipality: 'GM0106',
      timeZone: 'Europe/Amsterdam',
      clock: () => new Date('2026-11-01T12:00:00Z'),
    });
  });
  afterAll(async () => {
    await pool.end();
    await database.drop();
  });

  it('should print the same issues as the API when the CLI dry-runs a rejected file', async () => {
    const lines: string[] = [];
    const app = { get: () => service } as unknown as INestApplicationContext;
    const path = join(FIXTURES, 'not-ok', 'wrong-types.csv');
    const code = await importCommand.run(
      app,
      { positional: ['vacancy', path], flags: { 'dry-run': true, json: true } },
      { line: (t) => lines.push(t), error: (t) => lines.push(t) },
    );
    expect(code).toBe(1);
    const cli = JSON.parse(lines.join('\n')) as { outcome: string; issues: unknown[] };
    const api = uploadResponse(
      await service.importMunicipalFile({
        kind: 'vacancy',
        fileName: 'wrong-types.csv',
        bytes: readFileSync(path),
        uploadedBy: 'test',
        trigger: 'api',
      }),
    );
    expect(cli.outcome).toBe('rejected');
    expect(cli.issues).toEqual(api.issues);
    expect(cli.issues).toHaveLength(10);
  });
});
