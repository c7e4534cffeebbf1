import { Client } from 'pg';
import { TestDatabase, createMigratedTestDatabase } from '@koers/db/testing';
import { ObservationStaging, StagedObservation } from './observation-staging';

const figure = (regionCode: string): StagedObservation => ({
  measureId: 1, regionCode, periodCode: '2024JJ00', periodStart: '2024-01-01', periodEnd: '2024-12-31', value: 1, missingReason: null, status: 'definitive',
});

describe('ObservationStaging', () => {
  let database: TestDatabase;
  let db: Client;

  beforeAll(async () => {
    database = await createMigratedTestDatabase();
    db = new Client({ connectionString: database.url });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await database.drop();
  });

  it('should give the event loop a turn after every batch when the COPY takes the batches without backpressure', async () => {
    // The API loads an upload on its one event loop: a file of many batches must not keep /health waiting until
    // the last one is written. A callback queued for the event loop runs before the next batch is written.
    await db.query('BEGIN');
    const staging = await ObservationStaging.create(db);
    const turns: string[] = [];
    for (const batch of ['first', 'second', 'third']) {
      setImmediate(() => turns.push(`event loop after ${batch}`));
      await staging.write([figure('GM0106')]);
      turns.push(`${batch} written`);
    }
    expect(turns).toEqual(['event loop after first', 'first written', 'event loop after second', 'second written', 'event loop after third', 'third written']);
    await staging.abort();
    await db.query('ROLLBACK');
  });
});
