import type { Pool } from 'pg';
import { loadConfig } from '@koers/config';
import { TestDatabase, createMigratedTestDatabase } from '@koers/db/testing';
import { SourceRunner, TableRunResult } from '@koers/loading';
import { createPool } from '@koers/db/nest';
import { ETL_DATABASE } from '../../etl-database';
import { CbsAdapter } from '../../sources/cbs/cbs.adapter';
import type { CbsClientOptions } from '../../sources/cbs/shared/cbs-client.factory';
import { FakeCbsServer } from '../../sources/cbs/test-support/fake/fake-cbs.server';
import { MergeGate } from './merge-gate';

/** The two recorded tables every fault runs against: a KWB table over v3 Feed pages, and a v4 table. */
export const V3_TABLE = '84799NED';
export const V4_TABLE = '03759ned';

/**
 * One fault suite's world: a migrated database of its own on the test server, the ETL's pool, the fake CBS server
 * over the recorded tables (pages of 40 rows, so a table comes in several pages), the real adapter and runner.
 * The client retries twice with its real backoff and Retry-After rules, but its sleep only records the wait.
 */
export class ReliabilityHarness {
  /** Every wait the CBS client asked for (backoff or Retry-After), in ms. */
  readonly waits: number[] = [];
  /** What the ETL's pool logged (an idle connection that ended). */
  readonly poolWarnings: string[];
  readonly runner: SourceRunner;
  readonly adapter: CbsAdapter;
  private revision = 0;
  private readonly gates: MergeGate[] = [];

  private constructor(
    readonly database: TestDatabase,
    readonly pool: Pool,
    readonly fake: FakeCbsServer,
    warnings: string[],
  ) {
    this.poolWarnings = warnings;
    this.runner = new SourceRunner(pool, database.url);
    this.adapter = this.adapterWith({});
  }

  static async start(): Promise<ReliabilityHarness> {
    const database = await createMigratedTestDatabase();
    // The ETL's own pool, as the scheduler and the CLI make it.
    const warnings: string[] = [];
    const pool = createPool(database.url, ETL_DATABASE, (line) => warnings.push(line));
    const fake = new FakeCbsServer({ feedPageSize: 40, v4PageSize: 40 });
    await fake.start();
    return new ReliabilityHarness(database, pool, fake, warnings);
  }

  /** The CBS adapter with other client options (a short timeout, no retries). */
  adapterWith(overrides: Partial<CbsClientOptions>): CbsAdapter {
    const config = loadConfig({ CBS_ODATA_V3_URL: this.fake.v3BaseUrl, CBS_ODATA_V4_URL: this.fake.v4BaseUrl });
    const sleep = (ms: number) => {
      this.waits.push(ms);
      return Promise.resolve();
    };
    return CbsAdapter.fromConfig(config, { maxRetries: 2, backoffBaseMs: 100, timeoutMs: 5_000, sleep, ...overrides });
  }

  /** One registry table through the runner, as the schedule runs it. */
  async run(tableId: string, adapter: CbsAdapter = this.adapter, options: Readonly<Record<string, string>> = {}): Promise<TableRunResult> {
    const results = await this.runner.run(adapter, { trigger: 'schedule', options: { tables: tableId, ...options } });
    if (results.length !== 1) throw new Error(`expected one table run, got ${results.length}`);
    return results[0]!;
  }

  /**
   * CBS publishes a revision of a table: a new Modified date and every figure of it one higher, so a load that
   * went through would change every current figure of the table, and one that half went through would show.
   */
  revise(tableId: string): string {
    this.revision += 1;
    const modified = `2027-01-${String(this.revision).padStart(2, '0')}T02:00:00`;
    const v4 = this.fake.getV4Table(tableId) !== undefined;
    this.fake.setModified(tableId, v4 ? `${modified}+01:00` : modified);
    this.fake.mapRows(tableId, (row) => {
      if (v4) return typeof row['Value'] === 'number' ? { ...row, Value: row['Value'] + 1 } : row;
      return Object.fromEntries(
        Object.entries(row).map(([key, value]) => [key, key !== 'ID' && typeof value === 'number' ? value + 1 : value]),
      );
    });
    return v4 ? `${modified}+01:00` : modified;
  }

  /** Shuts a `MergeGate` on this database; `close()` opens it if a failed test did not. */
  async shutMerges(): Promise<MergeGate> {
    const gate = await MergeGate.shut(this.database.url);
    this.gates.push(gate);
    return gate;
  }

  /** The table as served now; the function puts it back, undoing a change a fault made to it. */
  restorable(tableId: string): () => void {
    const v3 = this.fake.getV3Table(tableId);
    const v4 = this.fake.getV4Table(tableId);
    return () => (v3 ? this.fake.registerV3Table(v3) : v4 ? this.fake.registerV4Table(v4) : undefined);
  }

  async close(): Promise<void> {
    for (const gate of this.gates) await gate.open();
    await this.fake.close();
    await this.pool.end();
    await this.database.drop();
  }
}
