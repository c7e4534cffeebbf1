import { createHash } from 'node:crypto';
import { Pool } from 'pg';
import type { SourceAdapter, SourceRunRequest } from '../source-adapter';
import { SourceRunner } from '../source-runner';

/** A source under the contract: a working adapter, and the same source when its input is broken. */
export interface ContractSubject {
  /** The source as it loads: real recorded responses or real files. */
  readonly adapter: SourceAdapter;
  /** The same source with a fault in its input (a failing response, a changed file): its load must fail. */
  readonly broken: SourceAdapter;
  readonly request: SourceRunRequest;
}

export interface ContractDatabase {
  readonly url: string;
  readonly pool: Pool;
}

/** Every current figure, as one digest: equal digests, the same data. */
async function currentDigest(pool: Pool): Promise<string> {
  const { rows } = await pool.query<{ line: string }>(
    `SELECT concat_ws('|', measure_id, region_code, period_code, value, missing_reason, status, publication_version) AS line
     FROM current_observation ORDER BY measure_id, region_code, period_code`,
  );
  return createHash('sha256')
    .update(rows.map((row) => row.line).join('\n'))
    .digest('hex');
}

async function count(pool: Pool, sql: string, values: unknown[] = []): Promise<number> {
  return (await pool.query<{ n: number }>(sql, values)).rows[0]!.n;
}

/**
 * The contract every source adapter keeps (STYLE: one shared contract suite run against every source). Each
 * source's spec calls this with a fresh migrated database and its subject; the tests run in order on it.
 * - plan: says which tables a run covers and does nothing else (no run row, no figure);
 * - a run loads, and the same run again stores nothing new (idempotent, revision-aware);
 * - a run whose input is broken fails, recorded with its cause, and the figures stay exactly as they were;
 * - every stored figure carries its provenance: the run that loaded it, its table with provider and evidence
 *   level, its publication version and date.
 */
export function describeSourceContract(name: string, database: () => ContractDatabase, subject: () => ContractSubject): void {
  describe(`the source contract: ${name}`, () => {
    const runner = () => new SourceRunner(database().pool, database().url);
    // A source may skip what has not changed since it last loaded (CBS's Modified date): `force` loads it anyway.
    const forced = (): SourceRunRequest => ({ ...subject().request, options: { ...subject().request.options, force: 'true' } });

    it('should name the tables of a run and store nothing when it plans', async () => {
      const { pool } = database();
      const runsBefore = await count(pool, `SELECT count(*)::int AS n FROM etl_run`);
      const figuresBefore = await count(pool, `SELECT count(*)::int AS n FROM observation`);
      const jobs = await subject().adapter.plan(subject().request);
      expect(jobs.length).toBeGreaterThan(0);
      for (const job of jobs) expect(typeof job.tableId === 'string' && job.tableId.length > 0).toBe(true);
      expect(await count(pool, `SELECT count(*)::int AS n FROM etl_run`)).toBe(runsBefore);
      expect(await count(pool, `SELECT count(*)::int AS n FROM observation`)).toBe(figuresBefore);
    });

    it('should load figures on the first run and store nothing new when the same run is repeated', async () => {
      const first = await runner().run(subject().adapter, subject().request);
      expect(first.map((run) => [run.status, run.errorMessage])).toEqual(first.map(() => ['succeeded', null]));
      expect(first.reduce((sum, run) => sum + run.rowsInserted, 0)).toBeGreaterThan(0);
      const digest = await currentDigest(database().pool);
      const again = await runner().run(subject().adapter, forced());
      expect(again.every((run) => run.status === 'succeeded' || run.status === 'skipped')).toBe(true);
      expect(again.reduce((sum, run) => sum + run.rowsInserted, 0)).toBe(0);
      expect(await currentDigest(database().pool)).toBe(digest);
    });

    it('should fail with its cause and keep every figure as it was when the input is broken', async () => {
      const digest = await currentDigest(database().pool);
      const results = await runner().run(subject().broken, forced());
      const failed = results.filter((run) => run.status === 'failed');
      expect(failed.length).toBeGreaterThan(0);
      for (const run of failed) expect(run.errorMessage).toMatch(/\S+\. .*Technisch: /s);
      expect(await currentDigest(database().pool)).toBe(digest);
    });

    it('should store every figure with the run, table, provider, evidence level and publication it came from', async () => {
      const { pool } = database();
      const orphans = await count(
        pool,
        `SELECT count(*)::int AS n FROM observation o
           LEFT JOIN etl_run r ON r.id = o.run_id AND r.status = 'succeeded'
           JOIN measure m ON m.id = o.measure_id JOIN source_table t ON t.id = m.source_table_id
         WHERE r.id IS NULL OR r.source <> $1 OR t.provider IS NULL OR t.evidence IS NULL
           OR o.publication_version IS NULL OR o.publication_version = '' OR o.published_at IS NULL`,
        [subject().adapter.id],
      );
      expect(orphans).toBe(0);
      expect(await count(pool, `SELECT count(*)::int AS n FROM observation`)).toBeGreaterThan(0);
    });
  });
}
