import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

// Test doubles stay out of the production path: only specs and test support may import the fake CBS server.

const ETL_SRC = resolve(__dirname, '..', '..');
const FAKE_DIR = resolve(__dirname, 'fake');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === '__fixtures__' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

function isProduction(file: string): boolean {
  const parts = relative(ETL_SRC, file).split(sep);
  const inFake = file.startsWith(FAKE_DIR + sep);
  return !file.endsWith('.spec.ts') && !parts.includes('test-support') && !inFake;
}

/** Module specifiers of static imports, re-exports, dynamic imports and requires. */
function specifiersOf(text: string): string[] {
  const patterns = [/\b(?:import|export)\s[^'"]*?\bfrom\s*['"]([^'"]+)['"]/g, /\bimport\s*['"]([^'"]+)['"]/g, /\b(?:import|require)\s*\(\s*['"]([^'"]+)['"]\s*\)/g];
  return patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((match) => match[1]!));
}

/** The imports of `file` that resolve into the fake's folder. */
function fakeImportsOf(file: string, text: string): string[] {
  return specifiersOf(text).filter((specifier) => {
    if (!specifier.startsWith('.')) return false;
    const target = resolve(dirname(file), specifier);
    return target === FAKE_DIR || target.startsWith(FAKE_DIR + sep);
  });
}

describe('the fake CBS server', () => {
  it('should not be imported by any production file when the ETL sources are read', () => {
    const offenders = sourceFiles(ETL_SRC)
      .filter(isProduction)
      .flatMap((file) => fakeImportsOf(file, readFileSync(file, 'utf8')).map((specifier) => `${relative(ETL_SRC, file)} imports ${specifier}`));
    expect(offenders).toEqual([]);
  });

  it('should be found when a file imports it, statically or dynamically', () => {
    const seeder = join(ETL_SRC, 'seeding', 'snapshot.seeder.ts');
    const text = [
      "import { FakeCbsServer } from '../sources/cbs/fake/fake-cbs.server';",
      "import type {\n  FakeFault,\n} from '../sources/cbs/fake/fake-cbs-faults';",
      "const m = await import('../sources/cbs/fake');",
      "import { CbsAdapter } from '../sources/cbs/cbs.adapter';",
    ].join('\n');
    expect(fakeImportsOf(seeder, text)).toEqual(['../sources/cbs/fake/fake-cbs.server', '../sources/cbs/fake/fake-cbs-faults', '../sources/cbs/fake']);
  });

  it('should count specs and test support as not production when files are classified', () => {
    expect(isProduction(join(ETL_SRC, 'seeding', 'snapshot.seeder.ts'))).toBe(true);
    expect(isProduction(join(ETL_SRC, 'seeding', 'snapshot.seeder.spec.ts'))).toBe(false);
    expect(isProduction(join(__dirname, 'test-support', 'cbs-fixture-metadata.ts'))).toBe(false);
    expect(isProduction(join(FAKE_DIR, 'fake-cbs.server.ts'))).toBe(false);
  });
});
