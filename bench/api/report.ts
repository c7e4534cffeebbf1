import { measuredOn } from '../bench-support';

// The section bench/api writes into docs/benchmarks.md.

export interface ApiFigures {
  readonly rate: number;
  readonly seconds: number;
  readonly indicatorRows: number;
  readonly bulkRows: number;
  readonly load: string;
  readonly throughputLines: readonly string[];
  readonly profileLines: readonly string[];
  readonly coldLines: readonly string[];
  readonly exportHeapMib: number;
  readonly idle: number | null;
  readonly exportLines: readonly string[];
}

export function apiReport(f: ApiFigures): string[] {
  return [
    `${measuredOn()}, embedded PostgreSQL (default settings); the API and the load generator on the same machine, on loopback. ${f.load}.`,
    `Data: every catalogue measure for 107 regions (NL, PV22, Assen, 4 peers, 10 wijken, 90 buurten) × 2013–2026 (${f.indicatorRows.toLocaleString('en')} generated observations), plus one generated table of ${f.bulkRows.toLocaleString('en')} observations (50 measures × 2,000 regions × 10 years) for the exports.`,
    '',
    `**Cached answers under load.** Open-loop client (\`bench/open-loop.ts\`): ${f.rate.toLocaleString('en')} requests a second for ${f.seconds} s, each due at its own time whatever the answers before it did, latency counted from that time (so a server that falls behind shows it); keep-alive connections opened as needed; no Accept-Encoding, so every answer is the uncompressed JSON. The API as \`npm start\` runs it (\`apps/api/src/main.ts\`), on every core and on one; the limit is a bare \`node:http\` server in its own process answering the same bytes with the same headers. Aim: p95 ≤ 10 ms, no errors.`,
    '',
    '| request | server | p50 ms | p95 ms | p99 ms | max ms | answered/sent | errors | p95 ÷ bare p95 |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...f.throughputLines,
    '',
    `**What one API process spends under that load** (\`createApp\`, one process, the same open-loop load for ${Math.min(f.seconds, 15)} s; measured inside the process: CPU time per answered request, garbage-collection pauses as count / total ms / longest ms, event-loop delay beyond its 10 ms sampling).`,
    '',
    '| request | p50 ms | p95 ms | p99 ms | CPU ms per request | minor GC | major GC | loop delay p99 / max ms |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...f.profileLines,
    '',
    "**Where the old tail came from.** Before this work `/ambitions` at 1,000 requests a second had a p50 of 2.2 ms and a p95 of 176 ms: most requests were quick and a few waited behind pauses of the one event loop. Three things caused those pauses, each fixed: (1) the rate limiter's storage (`@nestjs/throttler`'s own) kept the expiry time of every hit per client and copied that list on each request — at a thousand requests a second from one client a thousand-entry array per request, most of the process's garbage and so most of its GC pauses; the limit is now counted in fixed windows, one number and one time per bucket (`apps/api/src/rate-limit/fixed-window.storage.ts`); (2) a cached answer still went through Nest's routing, validation, guard and interceptor, and was serialised and compressed again on every request; it is now prebuilt bytes with gzip and brotli copies made once in the thread pool, sent by the fast lane before Nest (`apps/api/src/cache/fast-lane.ts`, `libs/http-cache/src/prebuilt-response.ts`); (3) an uncached answer asked the database for the data version four times (once per part) and built a date formatter per call; it now asks once per answer. Not the cause: the data-version poll (one small query per `API_DATA_CHECK_MS`, off the request path) and logging (the API logs no request lines). The GC and CPU figures above are what is left.",
    '',
    'The cost of a cache miss (cache off: data version, SQL, compute and JSON on every request, 280 requests one at a time), and the bare SQL those answers need (pg, 2,000 rounds, one after another).',
    '',
    '| request | p50 ms | p95 ms | samples |',
    '| --- | ---: | ---: | ---: |',
    ...f.coldLines,
    '',
    `Export of the ${f.bulkRows.toLocaleString('en')} generated observations (to the last byte, discarded by the client). The API runs with \`--max-old-space-size=${f.exportHeapMib}\`; peak RSS is the API process's during that export (resident ${f.idle ?? 'n/a'} MiB before the first). Aim: at least as fast as COPY.`,
    '',
    '| export | seconds | rows/s | MiB | API peak RSS MiB |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...f.exportLines,
  ];
}
