import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

// import-x/no-cycle (eslint) finds the cycles that exist at run time; a cycle of type imports does not, yet it is
// two files that each need the other, one of which should hold what both need. This check counts every import.

const ROOT = resolve(__dirname, '..', '..');
const PATHS = (
  JSON.parse(readFileSync(join(ROOT, 'tsconfig.base.json'), 'utf8')) as { compilerOptions: { paths: Record<string, string[]> } }
).compilerOptions.paths;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return ['node_modules', '__fixtures__', '.next', 'dist'].includes(entry.name) ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

function existing(base: string): string | undefined {
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find(
    (candidate) => existsSync(candidate) && candidate.match(/\.tsx?$/),
  );
}

/** The file an import names: a relative path, or a `@koers/…` alias of tsconfig.base.json. */
export function resolveImport(from: string, specifier: string): string | undefined {
  if (specifier.startsWith('.')) return existing(resolve(dirname(from), specifier));
  const target = PATHS[specifier]?.[0];
  return target ? existing(join(ROOT, target)) : undefined;
}

/** Every import of a file, type-only ones included, that resolves to a file of the workspace. */
export function importsOf(file: string, text: string): string[] {
  const specifiers = [...text.matchAll(/\b(?:import|export)\s[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g)].map((match) => match[1]!);
  return specifiers.flatMap((specifier) => resolveImport(file, specifier) ?? []);
}

/** The cycles of a graph, each once, as the files in order with the first repeated at the end. */
export function cyclesOf(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const cycles: string[][] = [];
  const done = new Set<string>();
  const path: string[] = [];
  const onPath = new Set<string>();
  const visit = (file: string): void => {
    path.push(file);
    onPath.add(file);
    for (const next of graph.get(file) ?? []) {
      if (onPath.has(next)) cycles.push([...path.slice(path.indexOf(next)), next]);
      else if (!done.has(next)) visit(next);
    }
    path.pop();
    onPath.delete(file);
    done.add(file);
  };
  for (const file of graph.keys()) if (!done.has(file)) visit(file);
  return cycles;
}

describe('import cycles', () => {
  it('should find no cycle of imports, type-only ones included, when every source file of apps and libs is read', () => {
    const files = ['apps', 'libs'].flatMap((folder) => sourceFiles(join(ROOT, folder)));
    const graph = new Map(files.map((file) => [file, importsOf(file, readFileSync(file, 'utf8'))]));
    expect(cyclesOf(graph).map((cycle) => cycle.map((file) => relative(ROOT, file)).join(' → '))).toEqual([]);
  });

  it('should find a cycle of two files that import each other only as types', () => {
    const graph = new Map([
      ['chart-legend.tsx', ['chart-model.ts']],
      ['chart-model.ts', ['chart-legend.tsx']],
      ['chart.tsx', ['chart-model.ts']],
    ]);
    expect(cyclesOf(graph)).toEqual([['chart-legend.tsx', 'chart-model.ts', 'chart-legend.tsx']]);
    expect(
      importsOf(join(ROOT, 'libs/loading/src/index.ts'), "import type { Pool } from 'pg';\nexport type { RunStatus } from '@koers/db';"),
    ).toEqual([join(ROOT, 'libs/db/src/index.ts')]);
  });
});
