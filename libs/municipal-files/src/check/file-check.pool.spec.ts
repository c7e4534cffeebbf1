import { isMainThread, threadId } from 'node:worker_threads';
import { DEFAULT_FILE_LIMITS } from '../file-limits';
import { MAX_LISTED_ISSUES } from '../file-issue';
import { NOW } from '../test-support/municipal-fixtures';
import { CheckRequest, checkMunicipalFile } from './file-check';
import { FileCheckPool } from './file-check.pool';

const HEADER = 'peildatum,gemeentecode,gebiedscode,functie,objecten_totaal,objecten_leeg,m2_totaal,m2_leeg,bron';

const FUNCTIES = ['kantoor', 'winkel', 'woning', 'bedrijf', 'overig'];

/** `rows` vacancy rows of distinct keys (buurt × functie × year); `bad` puts text in a count. */
function vacancyCsv(rows: number, bad = false): Uint8Array {
  const lines = [HEADER];
  for (let i = 0; i < rows; i++) {
    const buurt = `BU0106${String(i % 10_000).padStart(4, '0')}`;
    const functie = FUNCTIES[Math.floor(i / 10_000) % 5];
    const year = 2000 + Math.floor(i / 50_000);
    lines.push(`${year}-01-01,GM0106,${buurt},${functie},${bad ? 'veel' : 10},1,100,10,BAG`);
  }
  return new TextEncoder().encode(lines.join('\n'));
}

function request(bytes: Uint8Array, limits: Partial<CheckRequest['limits']> = {}, withFigures = false): CheckRequest {
  return {
    kind: 'vacancy',
    fileName: 'v.csv',
    bytes,
    now: NOW,
    timeZone: 'Europe/Amsterdam',
    municipality: 'GM0106',
    limits: { ...DEFAULT_FILE_LIMITS, ...limits },
    withFigures,
  };
}

const allKnown = async (codes: readonly string[]) => new Set(codes);

describe('FileCheckPool', () => {
  let pool: FileCheckPool;
  beforeAll(() => (pool = new FileCheckPool({ size: 1 })));
  afterAll(() => pool.close());

  it('should check the file in a worker thread while the main event loop keeps running when a large file is checked', async () => {
    const order: string[] = [];
    const check = pool.check(request(vacancyCsv(20_000)), allKnown).then((result) => {
      order.push('check done');
      return result;
    });
    // A timer set after the check began fires before it ends: the work is not on this thread's event loop.
    setTimeout(() => order.push('timer'), 0);
    const result = await check;
    expect(order).toEqual(['timer', 'check done']);
    expect(isMainThread).toBe(true);
    expect(result.threadId).not.toBe(threadId);
    expect(result).toMatchObject({ issues: [], counts: { rows: 20_000, rowsChecked: 20_000, observations: 80_000 } });
  });

  it('should hand back every figure in order when a valid file has more figures than one message carries', async () => {
    // 3,001 rows × 4 value columns: 12,004 figures, more than two messages of 5,000 and a short third.
    const bytes = vacancyCsv(3_001);
    const inThread = await checkMunicipalFile(request(bytes.slice(), {}, true), allKnown);
    const fromWorker = await pool.check(request(bytes, {}, true), allKnown);
    expect(fromWorker.mapped!.observations).toHaveLength(12_004);
    expect(fromWorker.mapped).toEqual(inThread.mapped);
  });

  it('should refuse a second check with CHECKS_BUSY when as many checks as allowed are running', async () => {
    const first = pool.check(request(vacancyCsv(5_000)), allKnown);
    await expect(pool.check(request(vacancyCsv(1)), allKnown)).rejects.toMatchObject({ code: 'CHECKS_BUSY' });
    await expect(first).resolves.toMatchObject({ issues: [] });
    await expect(pool.check(request(vacancyCsv(1)), allKnown)).resolves.toMatchObject({ issues: [] });
  });

  it('should stop checking at the issue cap and say how many rows it checked when every row is wrong', async () => {
    const result = await pool.check(request(vacancyCsv(5_000, true)), allKnown);
    expect(result.issues).toHaveLength(MAX_LISTED_ISSUES + 1);
    expect(result.issues.slice(0, MAX_LISTED_ISSUES).every((issue) => issue.code === 'INVALID_NUMBER')).toBe(true);
    expect(result.issues[MAX_LISTED_ISSUES]).toMatchObject({
      code: 'TOO_MANY_ISSUES',
      message_en: expect.stringContaining(`after 1,000 of 5,000 rows`),
    });
    expect(result).toMatchObject({ issuesTruncated: true, counts: { rows: 5_000, rowsChecked: MAX_LISTED_ISSUES } });
  });

  it('should refuse a CSV with more rows than the limit as a whole, naming the limit, when it is longer', async () => {
    const result = await pool.check(request(vacancyCsv(101), { maxRows: 100 }), allKnown);
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: 'TOO_MANY_ROWS',
        message: expect.stringContaining('meer dan 100 gegevensrijen'),
        message_en: expect.stringContaining('UPLOAD_MAX_ROWS'),
      }),
    ]);
    expect(result.counts.rowsChecked).toBe(0);
    expect((await pool.check(request(vacancyCsv(100), { maxRows: 100 }), allKnown)).issues).toEqual([]);
  });

  it('should fail the check alone with CHECK_FAILED and take the next file when a worker runs out of memory', async () => {
    const tiny = new FileCheckPool({ size: 1, heapMb: 8 });
    try {
      await expect(tiny.check(request(vacancyCsv(50_000)), allKnown)).rejects.toMatchObject({ code: 'CHECK_FAILED' });
    } finally {
      await tiny.close();
    }
    await expect(pool.check(request(vacancyCsv(1)), allKnown)).resolves.toMatchObject({ issues: [] });
  });
});
