import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Client } from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { loadConfig } from '@koers/config';
import { SourceRunner } from '@koers/loading';
import { CbsAdapter } from '../../apps/etl/src/sources/cbs/cbs.adapter';
import { withBenchDatabase } from '../bench-database';
import { measuredOn, runBenchmark } from '../bench-support';
import { writeBenchmarkSection } from '../write-benchmark-section';
import { MemorySampler, mib } from './memory-sampler';

// bench/etl-load: a KWB-sized v3 table (17,000 regions × 120 topics, generated) served by the fake CBS server
// and loaded end to end by the CBS source, next to a plain COPY of the same rows into the same PostgreSQL.
// Usage: node tools/scripts/run-ts.cjs bench/etl-load/run.ts [regions] [topics]

const root = join(__dirname, '..', '..');
const [regions, topics] = [process.argv[2] ?? '17000', process.argv[3] ?? '120'];

function startFakeCbs(): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, [join(root, 'tools/scripts/run-ts.cjs'), 'bench/etl-load/serve-kwb.ts', regions, topics], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve) => child.stdout.once('data', (chunk: Buffer) => resolve({ url: chunk.toString().trim(), stop: () => child.kill('SIGTERM') })));
}

async function copyBaseline(url: string): Promise<{ rows: number; seconds: number }> {
  const client = new Client({ connectionString: url });
  await client.connect();
  const file = join(tmpdir(), `koers-bench-rows-${process.pid}.tsv`);
  try {
    const columns = 'measure_id, region_code, period_code, period_start, period_end, value, missing_reason, status, publication_version, published_at, run_id';
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

async function main(): Promise<void> {
  await withBenchDatabase('koers_bench', async ({ url, pool }) => {
    const fake = await startFakeCbs();
    try {
      const config = loadConfig({ CBS_ODATA_V3_URL: fake.url, CBS_ODATA_V4_URL: `${fake.url}/odata/v1`, KOERS_SEED: 'off' });
      const adapter = CbsAdapter.fromConfig(config, { timeoutMs: 300_000, maxRetries: 2 });
      const memory = new MemorySampler();
      memory.start();
      const started = process.hrtime.bigint();
      const [result] = await new SourceRunner(pool, url).run(adapter, { trigger: 'cli', tableId: '99999NED', options: { allRegions: 'true' } });
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      memory.stop();
      if (result?.status !== 'succeeded') throw new Error(`load failed: ${result?.errorCode} ${result?.errorMessage}`);
      const copy = await copyBaseline(url);
      const loadRate = result.rowsInserted / seconds;
      const copyRate = copy.rows / copy.seconds;
      const lines = [
        `${measuredOn()}, embedded PostgreSQL (default settings).`,
        `Table: generated KWB format, ${regions} regions × ${topics} topics (${result.rowsRead.toLocaleString('en')} observations), fake CBS server in its own process, ODataFeed pages of 10,000 rows.`,
        '',
        '| path | rows | seconds | rows/s |',
        '| --- | ---: | ---: | ---: |',
        `| CBS source end to end (HTTP + JSON + mapping + COPY staging + revision-aware merge) | ${result.rowsInserted.toLocaleString('en')} | ${seconds.toFixed(1)} | ${Math.round(loadRate).toLocaleString('en')} |`,
        `| plain \`COPY\` of the same rows into \`observation\` (same indexes and foreign keys) | ${copy.rows.toLocaleString('en')} | ${copy.seconds.toFixed(1)} | ${Math.round(copyRate).toLocaleString('en')} |`,
        '',
        `End to end reaches **${((loadRate / copyRate) * 100).toFixed(0)}%** of plain COPY's throughput (aim: at least 50%).`,
        `Memory of the loading process: RSS ${mib(memory.startRss)} MiB at start, peak ${mib(memory.peakRss)} MiB (peak heap ${mib(memory.peakHeap)} MiB); RSS per second: ${memory.timeline.map(mib).join(', ')} MiB.`,
      ];
      writeBenchmarkSection('etl-load', '## ETL: loading a KWB-sized table (`bench/etl-load`)', lines);
      console.log(lines.join('\n'));
    } finally {
      fake.stop();
    }
  });
}

runBenchmark(main);
