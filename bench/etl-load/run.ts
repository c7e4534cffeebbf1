import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Pool } from 'pg';
import { Client } from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { loadConfig } from '@koers/config';
import { SourceRunner, type TableRunResult } from '@koers/loading';
import { CbsAdapter } from '../../apps/etl/src/sources/cbs/cbs.adapter';
import { withBenchDatabase } from '../bench-database';
import { loadLine, machineLoad, measuredOn, runBenchmark } from '../bench-support';
import { writeBenchmarkSection } from '../write-benchmark-section';
import { MemorySampler, mib } from './memory-sampler';
import { type Phases, withPhases } from './phases';

// bench/etl-load: a KWB-sized v3 table (17,000 regions × 120 topics, generated) served by the fake CBS server and
// loaded end to end by the CBS source — a first load (straight into observation) and a reload of the same
// publication (staged and compared: nothing new) — next to a plain COPY of the same rows into the same PostgreSQL;
// `runs` times over, each on a fresh database, with the median.
// Usage: node tools/scripts/run-ts.cjs bench/etl-load/run.ts [runs, default 5] [regions] [topics]

const root = join(__dirname, '..', '..');
const RUNS = Math.max(1, Number(process.argv[2] ?? '5'));
const [regions, topics] = [process.argv[3] ?? '17000', process.argv[4] ?? '120'];

interface RunFigures {
  readonly rows: number;
  readonly load: { seconds: number; phases: Phases };
  readonly reload: { seconds: number; phases: Phases };
  readonly copySeconds: number;
  readonly memory: MemorySampler;
  readonly machineLoad: number;
}

function startFakeCbs(): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, [join(root, 'tools/scripts/run-ts.cjs'), 'bench/etl-load/serve-kwb.ts', regions, topics], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve) =>
    child.stdout.once('data', (chunk: Buffer) => resolve({ url: chunk.toString().trim(), stop: () => child.kill('SIGTERM') })),
  );
}

async function copyBaseline(url: string): Promise<{ rows: number; seconds: number }> {
  const client = new Client({ connectionString: url });
  await client.connect();
  const file = join(tmpdir(), `koers-bench-rows-${process.pid}.tsv`);
  try {
    const columns =
      'measure_id, region_code, period_code, period_start, period_end, value, missing_reason, status, publication_version, published_at, run_id';
    // The same rows, out and back into the same table (same indexes and foreign keys) with COPY.
    await pipeline(client.query(copyTo(`COPY (SELECT ${columns} FROM observation) TO STDOUT`)), createWriteStream(file));
    await client.query(`DELETE FROM observation`);
    await client.query(`VACUUM observation`);
    const started = process.hrtime.bigint();
    await pipeline(createReadStream(file), client.query(copyFrom(`COPY observation (${columns}) FROM STDIN`)));
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const rows = Number((await client.query(`SELECT count(*) FROM observation`)).rows[0].count);
    return { rows, seconds };
  } finally {
    rmSync(file, { force: true });
    await client.end();
  }
}

async function timedLoad(load: () => Promise<TableRunResult[]>): Promise<{ result: TableRunResult; seconds: number; phases: Phases }> {
  const started = performance.now();
  const { result, phases } = await withPhases(load);
  const seconds = (performance.now() - started) / 1000;
  const [table] = result;
  if (table?.status !== 'succeeded') throw new Error(`load failed: ${table?.errorCode} ${table?.errorMessage}`);
  return { result: table, seconds, phases };
}

/** One run on a fresh database: the first load, a reload of the same publication, then plain COPY of the rows. */
async function oneRun(run: number): Promise<RunFigures> {
  return withBenchDatabase(`koers_bench_etl_${run}`, async ({ url, pool }: { url: string; pool: Pool }) => {
    const fake = await startFakeCbs();
    try {
      const config = loadConfig({ CBS_ODATA_V3_URL: fake.url, CBS_ODATA_V4_URL: `${fake.url}/odata/v1`, KOERS_SEED: 'off' });
      const adapter = CbsAdapter.fromConfig(config, { timeoutMs: 300_000, maxRetries: 2 });
      const runner = new SourceRunner(pool, url);
      const machine = machineLoad();
      const memory = new MemorySampler();
      memory.start();
      const load = await timedLoad(() => runner.run(adapter, { trigger: 'cli', tableId: '99999NED', options: { allRegions: 'true' } }));
      const reload = await timedLoad(() =>
        runner.run(adapter, { trigger: 'cli', tableId: '99999NED', options: { allRegions: 'true', force: 'true' } }),
      );
      memory.stop();
      if (reload.result.rowsInserted !== 0) throw new Error(`the reload inserted ${reload.result.rowsInserted} rows`);
      const copy = await copyBaseline(url);
      if (copy.rows !== load.result.rowsInserted) throw new Error(`COPY wrote ${copy.rows} rows, the load ${load.result.rowsInserted}`);
      console.log(
        `run ${run + 1}: load ${load.seconds.toFixed(1)} s, reload ${reload.seconds.toFixed(1)} s, COPY ${copy.seconds.toFixed(1)} s (load average ${machine.toFixed(1)})`,
      );
      return { rows: copy.rows, load, reload, copySeconds: copy.seconds, memory, machineLoad: machine };
    } finally {
      fake.stop();
    }
  });
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;
const pct = (value: number) => `${(value * 100).toFixed(0)}%`;

function report(runs: readonly RunFigures[]): string[] {
  const loadRatios = runs.map((r) => r.copySeconds / r.load.seconds);
  const reloadRatios = runs.map((r) => r.copySeconds / r.reload.seconds);
  const at = runs.findIndex((r) => r.copySeconds / r.load.seconds === median(loadRatios));
  const middle = runs[at]!;
  const phase = (p: Phases, total: number) =>
    `${p.streamSeconds.toFixed(1)} / ${p.storeSeconds.toFixed(1)} / ${p.checksSeconds.toFixed(1)} (of ${total.toFixed(1)})`;
  const rows = middle.rows.toLocaleString('en');
  return [
    `${measuredOn()}, embedded PostgreSQL (default settings). ${loadLine(runs.map((r) => r.machineLoad))}.`,
    `Table: generated KWB format, ${regions} regions × ${topics} topics (${rows} observations), fake CBS server in its own process, ODataFeed pages of 10,000 rows. ${runs.length} runs, each on a fresh database.`,
    '',
    '| run | first load s | reload s | plain COPY s | first load ÷ COPY throughput | reload ÷ COPY throughput |',
    '| ---: | ---: | ---: | ---: | ---: | ---: |',
    ...runs.map(
      (r, i) =>
        `| ${i + 1} | ${r.load.seconds.toFixed(1)} | ${r.reload.seconds.toFixed(1)} | ${r.copySeconds.toFixed(1)} | ${pct(loadRatios[i]!)} | ${pct(reloadRatios[i]!)} |`,
    ),
    '',
    `The first load reaches **${pct(median(loadRatios))}** of plain COPY's throughput in the median of ${runs.length} runs (aim: at least 85%); a reload of the same publication (every figure staged, compared and found unchanged) ${pct(median(reloadRatios))}.`,
    `Where the time of the median run went, seconds — stream (HTTP, JSON, mapping and the COPY, overlapping) / store (ending the COPY; for the reload the merge) / checks and commit: first load ${phase(middle.load.phases, middle.load.seconds)}; reload ${phase(middle.reload.phases, middle.reload.seconds)}.`,
    `Memory of the loading process in that run: RSS ${mib(middle.memory.startRss)} MiB at start, peak ${mib(middle.memory.peakRss)} MiB (peak heap ${mib(middle.memory.peakHeap)} MiB); RSS per second: ${middle.memory.timeline.map(mib).join(', ')} MiB.`,
  ];
}

async function main(): Promise<void> {
  const runs: RunFigures[] = [];
  for (let run = 0; run < RUNS; run++) runs.push(await oneRun(run));
  const lines = report(runs);
  writeBenchmarkSection('etl-load', '## ETL: loading a KWB-sized table (`bench/etl-load`)', lines);
  console.log(lines.join('\n'));
}

runBenchmark(main);
