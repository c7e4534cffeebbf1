import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { INestApplicationContext } from '@nestjs/common';
import { statusCommand } from '../cli/status.command';
import { PG_POOL } from '@koers/db/nest';
import { untilBackendGone, untilMergesWaiting } from './test-support/backends';
import { NOTHING_STORED, beforeFault, expectRevisionLoaded } from './test-support/fault-outcome';
import { freshnessFacts } from './test-support/freshness-facts';
import { observationState } from './test-support/observation-state';
import { ReliabilityHarness, V3_TABLE } from './test-support/reliability-harness';

// `npm run etl -- run cbs --table 84799NED` in its own process (node on the same entry point npm runs), against the
// fake CBS server and the suite's database, killed with SIGKILL while its load waits between staging and commit.

const root = join(__dirname, '..', '..', '..', '..');

describe('the ETL process killed mid-load', () => {
  let h: ReliabilityHarness;

  function etlCli(args: string[]): ChildProcess {
    const env = {
      ...process.env,
      DATABASE_URL: h.database.url,
      CBS_ODATA_V3_URL: h.fake.v3BaseUrl,
      CBS_ODATA_V4_URL: h.fake.v4BaseUrl,
      CBS_MAX_RETRIES: '1',
    };
    return spawn(process.execPath, [join(root, 'tools/scripts/run-ts.cjs'), 'apps/etl/src/cli.ts', ...args], {
      cwd: root,
      env,
      stdio: 'ignore',
    });
  }
  const killed = (child: ChildProcess) =>
    new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));

  beforeAll(async () => {
    h = await ReliabilityHarness.start();
    expect(await h.run(V3_TABLE)).toMatchObject({ status: 'succeeded' });
  });
  afterAll(() => h.close());

  it('should keep every figure, report the run abandoned in Dutch, and load on the next run when the process is killed between staging and commit', async () => {
    const modified = h.revise(V3_TABLE);
    const before = await beforeFault(h, V3_TABLE);
    const gate = await h.shutMerges();
    const child = etlCli(['run', 'cbs', '--table', V3_TABLE]);
    const exit = killed(child);
    const [loader] = await untilMergesWaiting(h.pool, 1, exit);
    child.kill('SIGKILL');
    expect(await exit).toBe('SIGKILL');
    await gate.open();
    // The killed process's backend ends once it finds its client gone, rolling its transaction back.
    await untilBackendGone(h.pool, loader!);
    expect(await observationState(h.pool)).toEqual(before.state);
    expect(await freshnessFacts(h.pool, V3_TABLE)).toEqual(before.facts);
    const { rows: left } = await h.pool.query<{ id: string; status: string }>(`SELECT id, status FROM etl_run ORDER BY id DESC LIMIT 1`);
    expect(left).toEqual([{ id: expect.any(String), status: 'running' }]);

    // `npm run etl -- status` says what happened to it, in Dutch, instead of "running" until the next run.
    const lines: string[] = [];
    const app = { get: (token: unknown) => (token === PG_POOL ? h.pool : h.runner) } as unknown as INestApplicationContext;
    expect(
      await statusCommand.run(
        app,
        { positional: [], flags: { limit: '1' } },
        { line: (text) => lines.push(text), error: (text) => lines.push(text) },
      ),
    ).toBe(0);
    const causeNl = 'Het proces dat deze run uitvoerde, stopte voordat de run klaar was (afgebroken of vastgelopen)';
    expect(lines.join('\n')).toContain(`failed     cbs ${V3_TABLE}`);
    expect(lines.join('\n')).toContain(`ABANDONED: ${causeNl}. ${NOTHING_STORED} Technisch: `);
    const { rows: run } = await h.pool.query(`SELECT status, error_code, finished_at IS NOT NULL AS finished FROM etl_run WHERE id = $1`, [
      left[0]!.id,
    ]);
    expect(run).toEqual([{ status: 'failed', error_code: 'ABANDONED', finished: true }]);

    await expectRevisionLoaded(h, before, modified);
  }, 60_000);
});
