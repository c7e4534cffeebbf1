import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { readState, writeState } from './embedded-state';
import { startEmbeddedDatabase } from './embedded-postgres.server';

async function query(url: string, sql: string): Promise<unknown[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('embedded PostgreSQL server', () => {
  let home: string;
  beforeAll(() => {
    home = mkdtempSync(join(tmpdir(), 'koers-embedded-spec-'));
    chmodSync(home, 0o755);
  });
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  it('should keep the data across a stop and a start when the same home is used again', async () => {
    const first = await startEmbeddedDatabase({ home, settings: ['fsync=off'] });
    await query(first.url, `CREATE TABLE kept (n int); INSERT INTO kept VALUES (42)`);
    await first.release();
    await expect(query(first.url, 'SELECT 1')).rejects.toThrow(/ECONNREFUSED/);

    const second = await startEmbeddedDatabase({ home, settings: ['fsync=off'] });
    expect(await query(second.url, 'SELECT n FROM kept')).toEqual([{ n: 42 }]);
    await second.release();
  });

  it('should attach to the running server and leave it running when another process still uses it', async () => {
    const owner = await startEmbeddedDatabase({ home, settings: ['fsync=off'] });
    const state = readState(home);
    // Our jest worker's parent stands in for a second live process (npm start) that uses the server too.
    writeState(home, { ...state!, users: [...state!.users, process.ppid] });
    const attached = await startEmbeddedDatabase({ home });
    expect(attached.url).toBe(owner.url);
    await attached.release();
    expect(await query(owner.url, 'SELECT 1 AS up')).toEqual([{ up: 1 }]);
    writeState(home, { ...readState(home)!, users: [process.pid] });
    await owner.release();
  });

  it('should stop a stale server and start it anew when the process that ran it is gone', async () => {
    const orphaned = await startEmbeddedDatabase({ home, settings: ['fsync=off'] });
    // As after a SIGKILL: the server runs, but the process recorded as its user no longer exists.
    writeState(home, { ...readState(home)!, users: [2 ** 22 + 12345] });
    const lines: string[] = [];
    const restarted = await startEmbeddedDatabase({ home, log: (line) => lines.push(line) });
    expect(lines.some((line) => line.startsWith('Stopping a stale embedded PostgreSQL server'))).toBe(true);
    expect(await query(restarted.url, 'SELECT n FROM kept')).toEqual([{ n: 42 }]);
    expect(readState(home)!.users).toEqual([process.pid]);
    await restarted.release();
    await expect(query(orphaned.url, 'SELECT 1')).rejects.toThrow(/ECONNREFUSED/);
  });
});
