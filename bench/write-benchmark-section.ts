import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const FILE = join(__dirname, '..', 'docs', 'benchmarks.md');

/** Replaces (or appends) one benchmark's section of docs/benchmarks.md, between its markers. */
export function writeBenchmarkSection(id: string, heading: string, lines: readonly string[]): void {
  const start = `<!-- bench:${id}:start -->`;
  const end = `<!-- bench:${id}:end -->`;
  const section = [start, heading, '', ...lines, end].join('\n');
  const current = existsSync(FILE)
    ? readFileSync(FILE, 'utf8')
    : '# Benchmarks\n\nFigures written by the scripts under `bench/`; rerun a script to refresh its section.\n';
  const pattern = new RegExp(`${start}[\\s\\S]*?${end}`);
  const next = pattern.test(current) ? current.replace(pattern, section) : `${current.trimEnd()}\n\n${section}\n`;
  writeFileSync(FILE, next);
}
