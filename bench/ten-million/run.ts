import type { Pool } from 'pg';
import { MEASURE_NAMES } from '@koers/indicators';
import { VERSION_SQL } from '../../apps/api/src/cache/data-version.service';
import { MEASURES_SQL, OBSERVATIONS_SQL } from '../../apps/api/src/indicator-data/observation-reader.service';
import { download, startApi, timeQueries } from '../api/measure';
import { loadIndicatorData } from '../api/load-data';
import { withBenchDatabase } from '../bench-database';
import { loadLine, machineLoad, measuredOn, percentiles, runBenchmark } from '../bench-support';
import { writeBenchmarkSection } from '../write-benchmark-section';
import { MUNICIPALITIES, WIJKEN_PER_MUNICIPALITY, insertNetherlands } from './regions';

// bench/ten-million: Koers at the size of the whole country — every catalogue measure for the Netherlands, 12
// provinces, 342 municipalities and 14 wijken each, over 15 years (about 10 million observations, generated) —
// with the API's cache off: the latency of /ambitions and /indicators/:id next to the bare SQL they need, and the
// plans of the hot queries at that size.
// Usage: node tools/scripts/run-ts.cjs bench/ten-million/run.ts [requests, default 60]

const REQUESTS = Math.max(10, Number(process.argv[2] ?? '60'));
const YEARS = { from: 2011, to: 2025 };
const PEERS = ['GM0106', 'GM0114', 'GM0118', 'GM0119', 'GM0014', 'PV22', 'NL01'];
const ASSEN_WIJKEN = Array.from({ length: WIJKEN_PER_MUNICIPALITY }, (_v, w) => `WK0106${String(w).padStart(2, '0')}`);

/** Loads the generated data: foreign keys are not checked while it is written (it is made consistent), then analysed. */
async function load(url: string, pool: Pool): Promise<number> {
  const started = performance.now();
  const rows = await loadIndicatorData(url, {
    insertRegions: async (client) => {
      await insertNetherlands(client);
      // The generated rows are consistent by construction: their foreign keys are not checked row by row.
      await client.query(`SET session_replication_role = replica`);
    },
    years: YEARS,
  });
  await pool.query('VACUUM ANALYZE');
  console.log(`loaded ${rows.toLocaleString('en')} observations in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return rows;
}

/** The API with its cache off, `REQUESTS` times one after another after a few to warm up: ms per request. */
async function apiLatency(url: string): Promise<Map<string, number[]>> {
  const api = await startApi(url, { cache: false, dataVersionTtlMs: 0, rateLimit: { ttlMs: 1_000, limit: 100_000_000 } });
  try {
    const times = new Map<string, number[]>();
    for (const path of ['/api/v1/ambitions', '/api/v1/indicators/population-total']) {
      const samples: number[] = [];
      for (let i = 0; i < REQUESTS + 5; i++) {
        const result = await download(`${api.base}${path}`);
        if (result.status !== 200) throw new Error(`${path}: HTTP ${result.status}`);
        if (i >= 5) samples.push(result.seconds * 1000);
      }
      times.set(path, samples);
    }
    return times;
  } finally {
    api.stop();
  }
}

/** The queries each answer needs, with their parameters. */
async function hotQueries(pool: Pool): Promise<Record<string, { sql: string; params: unknown[] }[]>> {
  const idsOf = async (names: readonly string[]) => (await pool.query<{ id: number }>(MEASURES_SQL, [names])).rows.map((r) => r.id);
  const version = { sql: VERSION_SQL, params: [] };
  return {
    '/api/v1/ambitions': [version, { sql: OBSERVATIONS_SQL, params: [await idsOf(MEASURE_NAMES), ['GM0106', 'WK010600']] }],
    '/api/v1/indicators/population-total': [version, { sql: OBSERVATIONS_SQL, params: [await idsOf(['population_total']), PEERS] }],
    'wijken of Assen (`/indicators/:id/regions?level=wijk`)': [
      { sql: OBSERVATIONS_SQL, params: [await idsOf(['population_total']), ASSEN_WIJKEN] },
    ],
  };
}

async function plan(pool: Pool, query: { sql: string; params: unknown[] }): Promise<string[]> {
  const { rows } = await pool.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${query.sql}`, query.params);
  return rows.map((r) => r['QUERY PLAN']);
}

async function main(): Promise<void> {
  await withBenchDatabase('koers_bench_10m', async ({ url, pool }) => {
    const rows = await load(url, pool);
    const size = (await pool.query<{ size: string }>(`SELECT pg_size_pretty(pg_total_relation_size('observation')) AS size`)).rows[0]!.size;
    const loads = [machineLoad()];
    const api = await apiLatency(url);
    loads.push(machineLoad());
    const queries = await hotQueries(pool);
    const lines: string[] = [];
    for (const [path, samples] of api) {
      const sql = await timeQueries(pool, queries[path]!, REQUESTS);
      const p = percentiles(samples);
      lines.push(
        `| \`GET ${path}\`, cache off | ${p.p50.toFixed(1)} | ${p.p95.toFixed(1)} | ${sql.p50.toFixed(1)} | ${sql.p95.toFixed(1)} | ${(p.p50 / sql.p50).toFixed(2)} |`,
      );
    }
    loads.push(machineLoad());
    const plans: string[] = [];
    for (const [what, list] of Object.entries(queries)) {
      plans.push('', `${what}, the observations (\`OBSERVATIONS_SQL\`):`, '', '```', ...(await plan(pool, list.at(-1)!)), '```');
    }
    plans.push(
      '',
      'The data version (`VERSION_SQL`, every request of the uncached path):',
      '',
      '```',
      ...(await plan(pool, { sql: VERSION_SQL, params: [] })),
      '```',
    );
    writeBenchmarkSection('ten-million', '## API against 10 million observations (`bench/ten-million`)', [
      `${measuredOn()}, embedded PostgreSQL (default settings: 128 MB shared buffers). ${loadLine(loads)}.`,
      `Data: every catalogue measure for the Netherlands, 12 provinces, ${MUNICIPALITIES} municipalities and ${WIJKEN_PER_MUNICIPALITY} wijken each, ${YEARS.from}–${YEARS.to}: ${rows.toLocaleString('en')} generated observations in one \`observation\` table with the schema's indexes (${size} with them).`,
      '',
      `The API with its cache off (\`API_CACHE=off\`: data version, SQL, compute and JSON on every request), ${REQUESTS} requests one after another after 5 to warm up; the bare SQL is what the answer reads (data version and observations through \`current_observation\`), ${REQUESTS} rounds. What the API adds to the bare SQL is computing the answer (progress, roll-ups, JSON), which does not grow with the table: compare the cache-off rows of \`bench/api\` above, on about 195,000 observations.`,
      '',
      '| request | API p50 ms | API p95 ms | bare SQL p50 ms | bare SQL p95 ms | API p50 ÷ SQL p50 |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
      ...lines,
      '',
      'Plans of the hot queries at this size (`EXPLAIN (ANALYZE, BUFFERS)`):',
      ...plans,
    ]);
  });
}

runBenchmark(main);
