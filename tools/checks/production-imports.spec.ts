import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

// Test doubles stay out of the production path: the fake CBS server, the test databases and the fixtures live in
// `test-support/` folders (or behind a `@koers/<lib>/testing` entry point), and no production file imports them.

const ROOT = resolve(__dirname, '..', '..');
const SOURCE_ROOTS = ['apps', 'libs'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return ['node_modules', '__fixtures__', '.next', 'dist'].includes(entry.name) ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Specs, browser tests and test support are not production; everything else under apps/ and libs/ is. */
export function isProduction(file: string): boolean {
  const parts = relative(ROOT, file).split(sep);
  return (
    !/\.(spec|e2e\.spec)\.tsx?$/.test(file) && !parts.includes('test-support') && !parts.includes('e2e') && !parts.includes('testing.ts')
  );
}

/** Module specifiers of static imports, re-exports, dynamic imports and requires. */
export function specifiersOf(text: string): string[] {
  const patterns = [
    /\b(?:import|export)\s[^'"]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\b(?:import|require)\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  return patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((match) => match[1]!));
}

/** The imports of `file` that reach test support: a relative path into a `test-support` folder, or a `/testing` entry. */
export function testImportsOf(file: string, text: string): string[] {
  return specifiersOf(text).filter((specifier) => {
    if (specifier.startsWith('@koers/')) return specifier.endsWith('/testing');
    if (!specifier.startsWith('.')) return false;
    return relative(ROOT, resolve(dirname(file), specifier))
      .split(sep)
      .includes('test-support');
  });
}

describe('test doubles and the production path', () => {
  it('should find no production file that imports test support when every source file of apps and libs is read', () => {
    const offenders = SOURCE_ROOTS.flatMap((folder) => sourceFiles(join(ROOT, folder)))
      .filter(isProduction)
      .flatMap((file) =>
        testImportsOf(file, readFileSync(file, 'utf8')).map((specifier) => `${relative(ROOT, file)} imports ${specifier}`),
      );
    expect(offenders).toEqual([]);
  });

  it('should find an import of test support when a file imports it statically, as a type or dynamically', () => {
    const seeder = join(ROOT, 'apps/etl/src/seeding/snapshot.seeder.ts');
    const text = [
      "import { FakeCbsServer } from '../sources/cbs/test-support/fake/fake-cbs.server';",
      "import type {\n  FakeFault,\n} from '../sources/cbs/test-support/fake/fake-cbs-faults';",
      "const m = await import('../sources/cbs/test-support/fake');",
      "import { createMigratedTestDatabase } from '@koers/db/testing';",
      "import { CbsAdapter } from '../sources/cbs/cbs.adapter';",
      "import { MEASURES } from '@koers/indicators';",
    ].join('\n');
    expect(testImportsOf(seeder, text)).toEqual([
      '../sources/cbs/test-support/fake/fake-cbs.server',
      '../sources/cbs/test-support/fake/fake-cbs-faults',
      '@koers/db/testing',
      '../sources/cbs/test-support/fake',
    ]);
  });

  it('should count specs, browser tests and test support as not production when files are classified', () => {
    expect(isProduction(join(ROOT, 'apps/etl/src/seeding/snapshot.seeder.ts'))).toBe(true);
    expect(isProduction(join(ROOT, 'apps/etl/src/seeding/snapshot.seeder.spec.ts'))).toBe(false);
    expect(isProduction(join(ROOT, 'apps/api/src/uploads/uploads.e2e.spec.ts'))).toBe(false);
    expect(isProduction(join(ROOT, 'apps/etl/src/sources/cbs/test-support/fake/fake-cbs.server.ts'))).toBe(false);
    expect(isProduction(join(ROOT, 'apps/dashboard/e2e/test-support/browser.ts'))).toBe(false);
  });
});
