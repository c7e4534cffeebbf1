import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startKoers } from '../../apps/dashboard/e2e/test-support/koers-process';
import { measuredOn, percentiles, runBenchmark } from '../bench-support';
import { writeBenchmarkSection } from '../write-benchmark-section';

// bench/dashboard: server render time of the home page and an indicator page on the bundled data (time until the
// last byte of the HTML, as `npm start` serves it: `next start` + API + embedded PostgreSQL), and the first-load
// JavaScript of those pages (every script the HTML loads, gzip-compressed from the build output in .next), and the
// JavaScript they load after the page (lazily loaded components).
// Usage: node tools/scripts/run-ts.cjs bench/dashboard/run.ts [runs]

const RUNS = Math.max(5, Number(process.argv[2] ?? '30'));
// Each page with its route folder in the build (where its lazily loaded chunks are listed).
const PAGES: readonly (readonly [path: string, route: string])[] = [
  ['/', '[lang]'],
  ['/indicatoren/office-vacancy', '[lang]/indicatoren/[id]'],
  ['/indicatoren/population-total?peers=1', '[lang]/indicatoren/[id]'],
  ['/rapport/2024', '[lang]/rapport/[jaar]'],
];
const NEXT_DIR = join(__dirname, '..', '..', 'apps', 'dashboard', '.next');

async function renderTimes(url: string): Promise<number[]> {
  for (let i = 0; i < 3; i++) await (await fetch(url)).text(); // warm: JIT, first compile of the route
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const response = await fetch(url);
    await response.text();
    times.push(performance.now() - start);
  }
  return times;
}

function gzipKb(sources: readonly string[]): number {
  let bytes = 0;
  for (const src of new Set(sources)) {
    const file = join(NEXT_DIR, 'static', src.replace('/_next/static/', ''));
    if (existsSync(file)) bytes += gzipSync(readFileSync(file), { level: 9 }).length;
  }
  return bytes / 1024;
}

/** Scripts the HTML loads (first-load JS), and the chunks of the route's lazily loaded components (after the page). */
function pageJs(html: string, route: string): { files: number; firstLoadKb: number; laterKb: number } {
  const scripts = [...new Set([...html.matchAll(/<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/g)].map((m) => m[1]!))];
  const manifest = join(NEXT_DIR, 'server', 'app', route, 'page', 'react-loadable-manifest.json');
  const lazy = existsSync(manifest) ? Object.values(JSON.parse(readFileSync(manifest, 'utf8')) as Record<string, { files: string[] }>).flatMap((entry) => entry.files) : [];
  const later = lazy.map((file) => `/_next/${file}`).filter((src) => src.endsWith('.js') && !scripts.includes(src));
  return { files: scripts.length, firstLoadKb: gzipKb(scripts), laterKb: gzipKb(later) };
}

async function main(): Promise<void> {
  const koers = await startKoers();
  try {
    const rows: string[] = [];
    for (const [path, route] of PAGES) {
      const url = `${koers.dashboard}${path}`;
      const times = percentiles(await renderTimes(url));
      const js = pageJs(await (await fetch(url)).text(), route);
      rows.push(`| \`${path}\` | ${times.p50.toFixed(1)} | ${times.p95.toFixed(1)} | ${RUNS} | ${js.files} | ${js.firstLoadKb.toFixed(1)} | ${js.laterKb.toFixed(1)} |`);
      console.log(rows.at(-1));
    }
    writeBenchmarkSection('dashboard', '## Dashboard: server render and first-load JS (`bench/dashboard`)', [
      `${measuredOn()}; the product as \`npm start\` runs it (production build, \`next start\`, API and embedded PostgreSQL on loopback) with the bundled snapshot.`,
      'Render time = request until the last byte of the HTML (all server components done, API calls included), sequential requests after 3 warm-up requests. First-load JS = every script the page\'s HTML loads, gzip level 9, from `apps/dashboard/.next/static`. Loaded after = the chunks of components the page loads once it runs (the indicator chart\'s plot, `next/dynamic`, listed in the route\'s `react-loadable-manifest.json`); not part of first load. Aim: render ≤ 300 ms, first-load JS ≤ 250 KB gzip.',
      '',
      '| page | p50 ms | p95 ms | runs | JS files | first-load JS KB gzip | loaded after KB gzip |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...rows,
    ]);
  } finally {
    await koers.stop();
  }
}

runBenchmark(main);
