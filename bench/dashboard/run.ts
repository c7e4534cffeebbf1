import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startKoers } from '../../apps/dashboard/e2e/test-support/koers-process';
import { loadLine, machineLoad, measuredOn, runBenchmark } from '../bench-support';
import { type OpenLoopResult, openLoop, resultCells } from '../open-loop';
import { writeBenchmarkSection } from '../write-benchmark-section';
import { pageJs } from './first-load-js';
import { freshness } from './freshness';

// bench/dashboard: four pages (home, an ambition, an indicator, the council report) under an open-loop load of 300
// requests a second for 30 s each, as `npm start` serves them on the bundled snapshot, next to the same Next.js
// server sending a static file of the same bytes (the page itself, saved to apps/dashboard/public/bench/ by a first
// start of the product); how soon a page shows an upload's figure; and the first-load JavaScript of each page.
// Usage: node tools/scripts/run-ts.cjs bench/dashboard/run.ts [seconds per load, default 30]

const SECONDS = Math.max(5, Number(process.argv[2] ?? '30'));
const RATE = 300;
const REPORT_YEAR = new Date().getFullYear() - 1;
// Each page with its name for the static copy and its route folder in the build (where its lazy chunks are listed).
const PAGES: readonly (readonly [path: string, name: string, route: string])[] = [
  ['/', 'home', '[lang]'],
  ['/ambities/generaties', 'ambition', '[lang]/ambities/[id]'],
  ['/indicatoren/population-total', 'indicator', '[lang]/indicatoren/[id]'],
  [`/rapport/${REPORT_YEAR}`, 'report', '[lang]/rapport/[jaar]'],
];
const STATIC_DIR = join(__dirname, '..', '..', 'apps', 'dashboard', 'public', 'bench');

/** Every page as the product renders it now: its HTML (saved as its static copy) and its first-load JS row. */
async function savePages(): Promise<string[]> {
  const koers = await startKoers();
  try {
    mkdirSync(STATIC_DIR, { recursive: true });
    const rows: string[] = [];
    for (const [path, name, route] of PAGES) {
      const html = await (await fetch(`${koers.dashboard}${path}`)).text();
      writeFileSync(join(STATIC_DIR, `${name}.html`), html);
      const js = pageJs(html, route);
      rows.push(
        `| \`${path}\` | ${(Buffer.byteLength(html) / 1024).toFixed(0)} | ${js.files} | ${js.firstLoadKb.toFixed(1)} | ${js.laterKb.toFixed(1)} |`,
      );
    }
    return rows;
  } finally {
    await koers.stop();
  }
}

async function underLoad(url: string): Promise<OpenLoopResult> {
  await openLoop({ urls: [url], rate: 100, seconds: 3 });
  return openLoop({ urls: [url], rate: RATE, seconds: SECONDS });
}

async function main(): Promise<void> {
  try {
    const jsRows = await savePages();
    const koers = await startKoers();
    const loads: number[] = [];
    const loadRows: string[] = [];
    let freshRows: string[] = [];
    try {
      for (const [path, name] of PAGES) {
        loads.push(machineLoad());
        const page = await underLoad(`${koers.dashboard}${path}`);
        const file = await underLoad(`${koers.dashboard}/bench/${name}.html`);
        loadRows.push(`| \`${path}\` | page | ${resultCells(page).join(' | ')} | ${(page.p95 / file.p95).toFixed(2)} |`);
        loadRows.push(`| \`/bench/${name}.html\` | static file, same bytes | ${resultCells(file).join(' | ')} | 1.00 |`);
        console.log(loadRows.slice(-2).join('\n'));
      }
      freshRows = await freshness(koers);
    } finally {
      await koers.stop();
    }
    writeBenchmarkSection('dashboard', '## Dashboard: pages under load, freshness and first-load JS (`bench/dashboard`)', [
      `${measuredOn()}; the product as \`npm start\` runs it (production build, the dashboard's server around Next.js with its page cache, the API and embedded PostgreSQL with their default settings) on the bundled snapshot, and the load generator, on one machine. ${loadLine(loads)}.`,
      '',
      `**Under load.** Open-loop client (\`bench/open-loop.ts\`): ${RATE} requests a second for ${SECONDS} s on each page, each due at its own time, latency counted from then; no Accept-Encoding (the uncompressed HTML). The limit is the same server sending a static file with the page's own bytes (\`apps/dashboard/public/bench/\`, written by a first start of the product and removed after). Aim: p95 ≤ 100 ms, no errors.`,
      '',
      '| address | what | p50 ms | p95 ms | p99 ms | max ms | answered/sent | errors | p95 ÷ static p95 |',
      '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...loadRows,
      '',
      '**A data change.** An office-vacancy file with a figure the page does not show yet, then the office-vacancy page asked until its latest figure is that one.',
      '',
      '| change | first request after it shows the new figure | ms until shown |',
      '| --- | --- | ---: |',
      ...freshRows,
      '',
      "**First-load JS**: every script the page's HTML loads, gzip level 9, from `apps/dashboard/.next/static`; loaded after: the chunks of components the page loads once it runs (`next/dynamic`). Aim: ≤ 250 KB gzip.",
      '',
      '| page | HTML KB | JS files | first-load JS KB gzip | loaded after KB gzip |',
      '| --- | ---: | ---: | ---: | ---: |',
      ...jsRows,
    ]);
  } finally {
    rmSync(STATIC_DIR, { recursive: true, force: true });
  }
}

runBenchmark(main);
