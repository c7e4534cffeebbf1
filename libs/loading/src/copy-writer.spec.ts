import { Client } from 'pg';
import { TestDatabase, createMigratedTestDatabase } from '@koers/db/testing';
import { CopyWriter } from './copy-writer';

describe('CopyWriter', () => {
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
    // the last one is written. A callback queued for the event loop runs before the next batch is written. Both
    // writers (staging and straight into observation) write through it.
    await db.query('BEGIN');
    await db.query('CREATE TEMP TABLE copied (code text) ON COMMIT DROP');
    const copy = new CopyWriter(db, 'COPY copied FROM STDIN');
    const turns: string[] = [];
    for (const batch of ['first', 'second', 'third']) {
      setImmediate(() => turns.push(`event loop after ${batch}`));
      await copy.write('GM0106\n');
      turns.push(`${batch} written`);
    }
    expect(turns).toEqual([
      'event loop after first',
      'first written',
      'event loop after second',
      'second written',
      'event loop after third',
      'third written',
    ]);
    await copy.abort();
    await db.query('ROLLBACK');
  });
});
