import { availableParallelism } from 'node:os';
import type { Pool } from 'pg';
import { freePort } from '@koers/db/testing';
import { MEASURE_NAMES } from '@koers/indicators';
import { VERSION_SQL } from '../../apps/api/src/cache/data-version.service';
import { MEASURES_SQL, OBSERVATIONS_SQL } from '../../apps/api/src/indicator-data/observation-reader.service';
import { arrowCopyQuery, copyQuery, csvCopyQuery } from '../../apps/api/src/observations/observation-query';
import { withBenchDatabase } from '../bench-database';
import { loadLine, machineLoad, type Percentiles, percentiles, runBenchmark } from '../bench-support';
import { type OpenLoopResult, resultCells } from '../open-loop';
import { writeBenchmarkSection } from '../write-benchmark-section';
import { profiledLoad, startBareCopy, startMainApi, underLoad } from './latency';
import { loadBulkTable, loadIndicatorData } from './load-data';
import { type ApiProcess, download, peakRssMib, resetPeakRss, rssMib, startApi, timeCopy, timeQueries } from './measure';
import type { GcStats } from './process-stats';
import { apiReport } from './report';

// bench/api: the API's cached answers of /ambitions and /indicators/:id under an open-loop load of 1,000 requests
// a second (bench/open-loop.ts) as `npm start` runs the API, on every core and on one, next to a bare node:http
// server answering the same bytes; what one API process spends meanwhile (CPU per request, GC, event-loop delay);
// the cost of a cache miss next to the bare SQL it needs; and the CSV, Arrow and Parquet export of one million
// generated observations next to `COPY … TO STDOUT` of the same rows.
// Usage: node tools/scripts/run-ts.cjs bench/api/run.ts [seconds per load, default 30]

const SECONDS = Math.max(5, Number(process.argv[2] ?? '30'));
const RATE = 1_000;
const PATHS = ['/api/v1/ambitions', '/api/v1/indicators/population-total'] as const;
const PEERS = ['GM0106', 'GM0114', 'GM0118', 'GM0119', 'GM0014', 'PV22', 'NL01'];
const NO_LIMIT = { rateLimit: { ttlMs: 1_000, limit: 100_000_000 } };
/** The export process runs with a small heap: a download that held its rows whole would fail, not just grow. */
const EXPORT_HEAP_MIB = 192;

const ms = (value: number) => value.toFixed(2);
const row = (what: string, p: Percentiles, extra = '') =>
  `| ${what} | ${ms(p.p50)} | ${ms(p.p95)} | ${p.count.toLocaleString('en')}${extra} |`;

/** Each path on the API (every core, one core) and on a bare server with the same bytes: p95 and its ratio to the bare one. */
async function throughput(url: string): Promise<string[]> {
  const cores = availableParallelism();
  const results = new Map<string, { label: string; result: OpenLoopResult }[]>(PATHS.map((path) => [path, []]));
  for (const workers of cores > 1 ? [cores, 1] : [1]) {
    const api = await startMainApi(url, workers, await freePort());
    try {
      for (const path of PATHS) results.get(path)!.push({ label: api.label, result: await underLoad(`${api.base}${path}`, RATE, SECONDS) });
    } finally {
      await api.stop();
    }
  }
  const reference = await startMainApi(url, 1, await freePort());
  try {
    for (const path of PATHS) {
      const bare = await startBareCopy(`${reference.base}${path}`);
      try {
        results.get(path)!.push({ label: bare.label, result: await underLoad(`${bare.base}${path}`, RATE, SECONDS) });
      } finally {
        await bare.stop();
      }
    }
  } finally {
    await reference.stop();
  }
  return PATHS.flatMap((path) => {
    const rows = results.get(path)!;
    const bare = rows.at(-1)!.result;
    return rows.map(
      ({ label, result }) => `| \`GET ${path}\` | ${label} | ${resultCells(result).join(' | ')} | ${(result.p95 / bare.p95).toFixed(2)} |`,
    );
  });
}

/** One API process under the same load, with what it spent: where the time between p50 and p95 goes. */
async function profile(url: string): Promise<string[]> {
  const api = await startApi(url, NO_LIMIT);
  try {
    const lines: string[] = [];
    for (const path of PATHS) {
      const { load, stats } = await profiledLoad(api, path, RATE, Math.min(SECONDS, 15));
      const gc = (g: GcStats) => `${g.count} / ${g.totalMs.toFixed(0)} / ${g.maxMs.toFixed(1)}`;
      lines.push(
        `| \`GET ${path}\` | ${ms(load.p50)} | ${ms(load.p95)} | ${ms(load.p99)} | ${(stats.cpuMs / Math.max(1, load.answered)).toFixed(3)} | ${gc(stats.gc.minor)} | ${gc(stats.gc.major)} | ${stats.loopDelay.p99.toFixed(1)} / ${stats.loopDelay.max.toFixed(1)} |`,
      );
    }
    return lines;
  } finally {
    api.stop();
  }
}

/** The cost of a cache miss: the same requests one at a time with the cache off. */
async function coldLatency(api: ApiProcess): Promise<string[]> {
  const lines: string[] = [];
  for (const path of PATHS) {
    const times: number[] = [];
    for (let i = 0; i < 300; i++) {
      const result = await download(`${api.base}${path}`);
      if (result.status !== 200) throw new Error(`${path}: HTTP ${result.status}`);
      if (i >= 20) times.push(result.seconds * 1000);
    }
    lines.push(
      row(`\`GET ${path}\`, cache off (data version, SQL, compute and JSON on every request), one request at a time`, percentiles(times)),
    );
  }
  return lines;
}

async function bareSql(pool: Pool): Promise<string[]> {
  const idsOf = async (names: readonly string[]) => (await pool.query<{ id: number }>(MEASURES_SQL, [names])).rows.map((r) => r.id);
  const version = { sql: VERSION_SQL, params: [] };
  const ambitions = [version, { sql: OBSERVATIONS_SQL, params: [await idsOf(MEASURE_NAMES), ['GM0106', 'WK010600']] }];
  const indicator = [version, { sql: OBSERVATIONS_SQL, params: [await idsOf(['population_total']), PEERS] }];
  await timeQueries(pool, ambitions, 50);
  return [
    row(
      'bare SQL of `/ambitions`: data version + current observations of every catalogue measure for GM0106 and WK010600',
      await timeQueries(pool, ambitions, 2_000),
    ),
    row(
      'bare SQL of `/indicators/population-total`: data version + current observations of its input for Assen, 4 peers, PV22, NL01',
      await timeQueries(pool, indicator, 2_000),
    ),
  ];
}

async function exports(api: ApiProcess, pool: Pool, rows: number): Promise<string[]> {
  const filter = { measureIds: null, regions: null, from: undefined, to: undefined, asOf: undefined, after: null, limit: undefined };
  const measureIds = (
    await pool.query<{ id: number }>(
      `SELECT m.id FROM measure m JOIN source_table st ON st.id = m.source_table_id WHERE st.table_id = 'BENCH01' ORDER BY m.id`,
    )
  ).rows.map((r) => r.id);
  const text = copyQuery({ ...filter, measureIds });
  const arrow = arrowCopyQuery({ ...filter, measureIds });
  const csv = csvCopyQuery({ ...filter, measureIds });
  await timeCopy(pool, text.sql, text.settings); // warm PostgreSQL's cache of the table
  const rate = (seconds: number) => Math.round(rows / seconds).toLocaleString('en');
  const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(0);
  const baseline = await timeCopy(pool, text.sql, text.settings);
  const csvBaseline = await timeCopy(pool, csv.sql, csv.settings);
  const arrowBaseline = await timeCopy(pool, arrow.sql, arrow.settings);
  const lines = [
    `| \`COPY (same query) TO STDOUT\`, text format, straight from PostgreSQL | ${baseline.seconds.toFixed(2)} | ${rate(baseline.seconds)} | ${mib(baseline.bytes)} | – |`,
    `| \`COPY (same query) TO STDOUT (FORMAT binary)\`, value as numeric: what the CSV export reads | ${csvBaseline.seconds.toFixed(2)} | ${rate(csvBaseline.seconds)} | ${mib(csvBaseline.bytes)} | – |`,
    `| \`COPY (same query) TO STDOUT (FORMAT binary)\`, value as float8: what the Arrow export reads | ${arrowBaseline.seconds.toFixed(2)} | ${rate(arrowBaseline.seconds)} | ${mib(arrowBaseline.bytes)} | – |`,
  ];
  for (const format of ['csv', 'arrow', 'parquet'] as const) {
    resetPeakRss(api.pid);
    const result = await download(`${api.base}/api/v1/observations?table=BENCH01&format=${format}`);
    if (result.status !== 200) throw new Error(`export ${format}: HTTP ${result.status}`);
    const ratio = ((baseline.seconds / result.seconds) * 100).toFixed(0);
    lines.push(
      `| \`GET /observations?table=BENCH01&format=${format}\` over HTTP (${ratio}% of text COPY's speed) | ${result.seconds.toFixed(2)} | ${rate(result.seconds)} | ${mib(result.bytes)} | ${peakRssMib(api.pid) ?? 'n/a'} |`,
    );
  }
  return lines;
}

async function main(): Promise<void> {
  await withBenchDatabase('koers_bench_api', async ({ url, pool }) => {
    const apis: ApiProcess[] = [];
    try {
      const indicatorRows = await loadIndicatorData(url);
      const bulkRows = await loadBulkTable(url);
      const loads = [machineLoad()];
      const throughputLines = await throughput(url);
      loads.push(machineLoad());
      const profileLines = await profile(url);
      loads.push(machineLoad());
      const cold = await startApi(url, { ...NO_LIMIT, cache: false, dataVersionTtlMs: 0 });
      apis.push(cold);
      const coldLines = [...(await coldLatency(cold)), ...(await bareSql(pool))];
      cold.stop();
      const exporter = await startApi(url, NO_LIMIT, [`--max-old-space-size=${EXPORT_HEAP_MIB}`]);
      apis.push(exporter);
      const idle = rssMib(exporter.pid);
      const exportLines = await exports(exporter, pool, bulkRows);
      const lines = apiReport({
        rate: RATE,
        seconds: SECONDS,
        indicatorRows,
        bulkRows,
        load: loadLine(loads),
        throughputLines,
        profileLines,
        coldLines,
        exportHeapMib: EXPORT_HEAP_MIB,
        idle,
        exportLines,
      });
      writeBenchmarkSection('api', '## API: latency and exports (`bench/api`)', lines);
      console.log(lines.join('\n'));
    } finally {
      for (const api of apis) api.stop();
    }
  });
}

runBenchmark(main);
