import type { Pool } from 'pg';
import { MEASURE_NAMES } from '@koers/indicators';
import { VERSION_SQL } from '../../apps/api/src/cache/data-version.service';
import { MEASURES_SQL, OBSERVATIONS_SQL } from '../../apps/api/src/indicator-data/observation-reader.service';
import { arrowCopyQuery, copyQuery, csvCopyQuery } from '../../apps/api/src/observations/observation-query';
import { withBenchDatabase } from '../bench-database';
import { measuredOn, type Percentiles, percentiles, runBenchmark } from '../bench-support';
import { writeBenchmarkSection } from '../write-benchmark-section';
import { loadBulkTable, loadIndicatorData } from './load-data';
import { type ApiProcess, download, loadTest, peakRssMib, resetPeakRss, rssMib, startApi, timeCopy, timeQueries } from './measure';

// bench/api: latency of /ambitions and /indicators/:id at 200 requests per second (autocannon, loopback) next to
// the bare SQL those responses need, and the CSV, Arrow and Parquet export of one million generated observations
// next to `COPY … TO STDOUT` of the same rows. Usage: node tools/scripts/run-ts.cjs bench/api/run.ts [seconds]

const SECONDS = Math.min(20, Number(process.argv[2] ?? '15'));
const RATE = 200;
const PEERS = ['GM0106', 'GM0114', 'GM0118', 'GM0119', 'GM0014', 'PV22', 'NL01'];
const NO_LIMIT = { rateLimit: { ttlMs: 1_000, limit: 1_000_000 } };
/** The export process runs with a small heap: a download that held its rows whole would fail, not just grow. */
const EXPORT_HEAP_MIB = 192;

const ms = (value: number) => value.toFixed(2);
const row = (what: string, p: Percentiles, extra = '') => `| ${what} | ${ms(p.p50)} | ${ms(p.p95)} | ${p.count.toLocaleString('en')}${extra} |`;

async function latency(api: ApiProcess, label: string): Promise<string[]> {
  const lines: string[] = [];
  for (const path of ['/api/v1/ambitions', '/api/v1/indicators/population-total']) {
    await download(`${api.base}${path}`); // warm: first computation, JIT
    const result = await loadTest(`${api.base}${path}`, RATE, SECONDS);
    if (result.non2xx > 0) throw new Error(`${path}: ${result.non2xx} failed responses`);
    lines.push(row(`\`GET ${path}\`, ${label}`, result, ` (${Math.round(result.rps)}/s)`));
  }
  return lines;
}

/** The cost of a cache miss: the same requests one at a time with the cache off. */
async function coldLatency(api: ApiProcess): Promise<string[]> {
  const lines: string[] = [];
  for (const path of ['/api/v1/ambitions', '/api/v1/indicators/population-total']) {
    const times: number[] = [];
    for (let i = 0; i < 300; i++) {
      const result = await download(`${api.base}${path}`);
      if (result.status !== 200) throw new Error(`${path}: HTTP ${result.status}`);
      if (i >= 20) times.push(result.seconds * 1000);
    }
    lines.push(row(`\`GET ${path}\`, cache off (data version, SQL, compute and JSON on every request), one request at a time`, percentiles(times)));
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
    row('bare SQL of `/ambitions`: data version + current observations of every catalogue measure for GM0106 and WK010600', await timeQueries(pool, ambitions, 2_000)),
    row('bare SQL of `/indicators/population-total`: data version + current observations of its input for Assen, 4 peers, PV22, NL01', await timeQueries(pool, indicator, 2_000)),
  ];
}

async function exports(api: ApiProcess, pool: Pool, rows: number): Promise<string[]> {
  const filter = { measureIds: null, regions: null, from: undefined, to: undefined, asOf: undefined, after: null, limit: undefined };
  const measureIds = (await pool.query<{ id: number }>(`SELECT m.id FROM measure m JOIN source_table st ON st.id = m.source_table_id WHERE st.table_id = 'BENCH01' ORDER BY m.id`)).rows.map((r) => r.id);
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
    lines.push(`| \`GET /observations?table=BENCH01&format=${format}\` over HTTP (${ratio}% of text COPY's speed) | ${result.seconds.toFixed(2)} | ${rate(result.seconds)} | ${mib(result.bytes)} | ${peakRssMib(api.pid) ?? 'n/a'} |`);
  }
  return lines;
}

interface Figures {
  readonly indicatorRows: number;
  readonly bulkRows: number;
  readonly idle: number | null;
  readonly latencyLines: readonly string[];
  readonly exportLines: readonly string[];
}

function report(f: Figures): string[] {
  return [
    `${measuredOn()}, embedded PostgreSQL (default settings); API in its own process on loopback.`,
    `Data: every catalogue measure for 107 regions (NL, PV22, Assen, 4 peers, 10 wijken, 90 buurten) × 2013–2026 (${f.indicatorRows.toLocaleString('en')} generated observations), plus one generated table of ${f.bulkRows.toLocaleString('en')} observations (50 measures × 2,000 regions × 10 years) for the exports.`,
    '',
    `Latency at ${RATE} requests per second (autocannon, 10 connections, ${SECONDS} s each; p50/p95 from every response's own time), then the cost of a cache miss (cache off, 280 requests one at a time), then the bare SQL those responses need (pg, 2,000 rounds, one after another). Aim: p95 ≤ 20 ms.`,
    '',
    '| request | p50 ms | p95 ms | samples |',
    '| --- | ---: | ---: | ---: |',
    ...f.latencyLines,
    '',
    `Export of the ${f.bulkRows.toLocaleString('en')} generated observations (to the last byte, discarded by the client). The API runs with \`--max-old-space-size=${EXPORT_HEAP_MIB}\`; peak RSS is the API process's during that export (resident ${f.idle ?? 'n/a'} MiB before the first). Aim: at least as fast as COPY.`,
    '',
    '| export | seconds | rows/s | MiB | API peak RSS MiB |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...f.exportLines,
  ];
}

async function main(): Promise<void> {
  await withBenchDatabase('koers_bench_api', async ({ url, pool }) => {
    const apis: ApiProcess[] = [];
    try {
      const indicatorRows = await loadIndicatorData(url);
      const bulkRows = await loadBulkTable(url);
      const cached = await startApi(url, NO_LIMIT);
      apis.push(cached);
      const cold = await startApi(url, { ...NO_LIMIT, cache: false, dataVersionTtlMs: 0 });
      apis.push(cold);
      const latencyLines = [...(await latency(cached, `cached, ${RATE} requests/s`)), ...(await coldLatency(cold)), ...(await bareSql(pool))];
      cached.stop();
      cold.stop();
      const exporter = await startApi(url, NO_LIMIT, [`--max-old-space-size=${EXPORT_HEAP_MIB}`]);
      apis.push(exporter);
      const idle = rssMib(exporter.pid);
      const exportLines = await exports(exporter, pool, bulkRows);
      const lines = report({ indicatorRows, bulkRows, idle, latencyLines, exportLines });
      writeBenchmarkSection('api', '## API: latency and exports (`bench/api`)', lines);
      console.log(lines.join('\n'));
    } finally {
      for (const api of apis) api.stop();
    }
  });
}

runBenchmark(main);
