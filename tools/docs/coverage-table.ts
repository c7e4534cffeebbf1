import type { CoverageResponse } from '@koers/api-contracts';

// Prints the indicator table of docs/data-sources.md from a running API (`npm start`, then
// `node tools/scripts/run-ts.cjs tools/docs/coverage-table.ts [http://localhost:3000]`), so the document says what
// the product shows on the default install, not what someone remembered.

const KIND = { verdict: 'oordeel', real: 'cijfers, geen oordeel', 'demo-only': 'alleen voorbeelddata', none: 'niets' } as const;

function years(list: readonly number[]): string {
  if (list.length === 0) return '–';
  return list.length <= 3 ? list.join(', ') : `${list[0]}–${list.at(-1)} (${list.length} jaren)`;
}

async function main(): Promise<void> {
  const base = process.argv[2] ?? 'http://localhost:3000';
  const response = await fetch(`${base}/api/v1/coverage`);
  if (!response.ok) throw new Error(`GET /api/v1/coverage answered ${response.status}`);
  const coverage = (await response.json()) as CoverageResponse;
  const lines = [
    '| ambitie | indicator | op de standaardinstallatie | jaren | bronnen (provider:tabel) |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const ambition of coverage.data) {
    for (const indicator of ambition.indicators) {
      const sources = indicator.sources.length === 0 ? '–' : indicator.sources.map((s) => `\`${s}\``).join(', ');
      lines.push(
        `| ${ambition.title} | ${indicator.title} (\`${indicator.id}\`) | ${KIND[indicator.kind]} | ${years(indicator.years)} | ${sources} |`,
      );
    }
  }
  const t = coverage.totals;
  lines.push(
    '',
    `Totaal: ${t.verdict} met oordeel, ${t.real} met echte cijfers zonder oordeel, ${t['demo-only']} alleen voorbeelddata, ${t.none} zonder cijfers.`,
  );
  process.stdout.write(`${lines.join('\n')}\n`);
}

void main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
