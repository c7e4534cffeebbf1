import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findWorkspaceRoot } from '@koers/config';
import { parse } from 'yaml';

// Checks publiccode.yml against what the standard (version 0.4) requires and allows, and against package.json, so
// the two never tell different stories. The values are the standard's own lists.
const DEVELOPMENT_STATUSES = ['concept', 'development', 'beta', 'stable', 'obsolete'];
const SOFTWARE_TYPES = [
  'standalone/mobile',
  'standalone/iot',
  'standalone/desktop',
  'standalone/web',
  'standalone/backend',
  'standalone/other',
  'addon',
  'library',
  'configurationFiles',
];
const MAINTENANCE_TYPES = ['internal', 'contract', 'community', 'none'];

type Yaml = Record<string, unknown>;
const at = (value: unknown, ...keys: string[]): unknown => keys.reduce<unknown>((node, key) => (node as Yaml | undefined)?.[key], value);

describe('publiccode.yml', () => {
  const root = findWorkspaceRoot();
  const code = parse(readFileSync(join(root, 'publiccode.yml'), 'utf8')) as Yaml;
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string; license: string };

  it('should name the version and licence package.json names when both are read', () => {
    expect(code['publiccodeYmlVersion']).toBe('0.4');
    expect(code['softwareVersion']).toBe(pkg.version);
    expect(at(code, 'legal', 'license')).toBe(pkg.license);
    expect(String(code['name']).toLowerCase()).toBe(pkg.name);
  });

  it('should hold the required fields with values the standard allows', () => {
    expect(code['platforms']).toEqual(expect.arrayContaining(['web']));
    expect(DEVELOPMENT_STATUSES).toContain(code['developmentStatus']);
    expect(SOFTWARE_TYPES).toContain(code['softwareType']);
    expect(MAINTENANCE_TYPES).toContain(at(code, 'maintenance', 'type'));
    expect(at(code, 'maintenance', 'contacts')).toEqual([expect.objectContaining({ name: expect.any(String) })]);
    expect(at(code, 'localisation', 'localisationReady')).toBe(true);
    expect(at(code, 'localisation', 'availableLanguages')).toEqual(['nl', 'en']);
  });

  it.each(['nl', 'en'])('should describe Koers in %s within the lengths the standard sets', (lang) => {
    const short = String(at(code, 'description', lang, 'shortDescription'));
    const long = String(at(code, 'description', lang, 'longDescription'));
    expect(short.length).toBeLessThanOrEqual(150);
    expect(long.length).toBeGreaterThanOrEqual(150);
    expect(long.length).toBeLessThanOrEqual(10_000);
    expect((at(code, 'description', lang, 'features') as string[]).length).toBeGreaterThan(0);
  });
});
