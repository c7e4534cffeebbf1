import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findWorkspaceRoot, loadConfig } from '@koers/config';
import type { RegionLevel } from '@koers/db';
import { regionsInScope } from '../../cbs/table-job/cbs-region-scope';
import type { KnownRegion } from '../region-resolver.mapper';

const LEVELS: readonly (readonly [RegExp, RegionLevel])[] = [
  [/^NL/, 'land'],
  [/^LD/, 'landsdeel'],
  [/^PV/, 'provincie'],
  [/^GM/, 'gemeente'],
  [/^WK/, 'wijk'],
  [/^BU/, 'buurt'],
];

interface CodeEntry {
  readonly Identifier?: string;
  readonly Key?: string;
  readonly Title: string;
}

function entries(path: string): CodeEntry[] {
  const json = JSON.parse(readFileSync(path, 'utf8')) as CodeEntry[] | { value: CodeEntry[] };
  return Array.isArray(json) ? json : json.value;
}

/**
 * The regions the bundled CBS snapshot registers, as the region table holds them after it: those of 03759ned and
 * 84799NED in the CBS region scope (country, province, the municipality with its wijken and buurten, peers: not the
 * landsdeel LD01), 84799NED's names last (so GM0014 is "Groningen"). For unit tests without a database.
 */
export function snapshotRegions(): KnownRegion[] {
  const snapshot = join(findWorkspaceRoot(), 'data', 'snapshot', 'cbs');
  const all = [
    ...entries(join(snapshot, 'v4', '03759ned', 'codes-RegioS.json')),
    ...entries(join(snapshot, 'v3', '84799NED', 'WijkenEnBuurten_GM0106_peers.json')),
  ];
  const byCode = new Map<string, KnownRegion>();
  for (const entry of all) {
    const code = (entry.Identifier ?? entry.Key ?? '').trim();
    byCode.set(code, { code, name: entry.Title.trim(), level: LEVELS.find(([pattern]) => pattern.test(code))?.[1] ?? 'overig' });
  }
  const scope = loadConfig({}).regions;
  const inScope = new Set(
    regionsInScope(
      [...byCode.values()].map((r) => ({ code: r.code, sourceKey: r.code, title: r.name, level: 'other' as const })),
      scope,
    ).map((r) => r.code),
  );
  return [...byCode.values()].filter((region) => inScope.has(region.code));
}
