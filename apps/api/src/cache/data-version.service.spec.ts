import type { Pool } from 'pg';
import type { ApiOptions } from '../api-options';
import { DataVersionService } from './data-version.service';
import type { EvaluationDateService } from './evaluation-date.service';

/** The service over a stand-in pool whose version row the test sets, counting how often it was asked. */
function service(ttlMs: number) {
  const db = { row: 'a', asked: 0 };
  const pool = { query: async () => (db.asked++, { rows: [{ version: db.row }] }) } as unknown as Pool;
  const options = { dataVersionTtlMs: ttlMs } as ApiOptions;
  const dates = { today: () => '2026-12-07' } as EvaluationDateService;
  return { versions: new DataVersionService(pool, options, dates), db };
}

describe('DataVersionService', () => {
  it('should give every part of one answer the version it is computed from, without asking the database again', async () => {
    const { versions, db } = service(0);
    const version = await versions.current();
    db.row = 'b';
    const parts = await versions.within(version, async () => [await versions.current(), await versions.current()]);
    expect(parts).toEqual([version, version]);
    expect(db.asked).toBe(1);
    expect(await versions.current()).not.toBe(version);
  });

  it('should keep the version for the check interval, and ask again at once when this process committed', async () => {
    const { versions, db } = service(60_000);
    const first = await versions.current();
    db.row = 'b';
    expect(await versions.current()).toBe(first);
    versions.invalidate();
    expect(await versions.current()).not.toBe(first);
    expect(db.asked).toBe(2);
  });

  it('should ask again when a caller names a version it does not know, and not when it names the known one', async () => {
    const { versions, db } = service(60_000);
    const known = await versions.current();
    expect(await versions.current(known)).toBe(known);
    db.row = 'b';
    const newer = await versions.current('seen-elsewhere');
    expect(newer).not.toBe(known);
    expect(db.asked).toBe(2);
  });
});
