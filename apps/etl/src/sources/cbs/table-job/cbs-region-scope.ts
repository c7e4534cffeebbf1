import type { RegionInput } from '@koers/loading';
import type { RegionLevel } from '@koers/db';
import type { CbsRegion, CbsRegionLevel } from '../shared/cbs.types';

/** Which regions Koers loads, from one municipality setting: it, its wijken and buurten, peers, province, country. */
export interface RegionScope {
  readonly municipality: string;
  readonly peers: readonly string[];
  readonly province: string;
}

const COUNTRY_CODES = ['NL00', 'NL01'];

function inScope(code: string, scope: RegionScope): boolean {
  const number = scope.municipality.slice(2);
  if (code === scope.municipality || code === scope.province || COUNTRY_CODES.includes(code)) return true;
  if (scope.peers.includes(code)) return true;
  return code.startsWith(`WK${number}`) || code.startsWith(`BU${number}`);
}

/** The table's region codes that fall in the scope (a table may lack some: KWB tables have no provinces). */
export function regionsInScope(regions: readonly CbsRegion[], scope: RegionScope): CbsRegion[] {
  return regions.filter((region) => inScope(region.code, scope));
}

const LEVELS: Readonly<Record<CbsRegionLevel, RegionLevel>> = {
  land: 'land',
  landsdeel: 'landsdeel',
  provincie: 'provincie',
  corop: 'corop',
  gemeente: 'gemeente',
  wijk: 'wijk',
  buurt: 'buurt',
  other: 'overig',
};

/** A wijk's parent is its gemeente and a buurt's its wijk, as the codes say (WK010601 → GM0106). */
export function parentCodeOf(code: string): string | null {
  if (/^WK\d{6}$/.test(code)) return `GM${code.slice(2, 6)}`;
  if (/^BU\d{8}$/.test(code)) return `WK${code.slice(2, 8)}`;
  return null;
}

export function toRegionInput(region: CbsRegion, boundaryYear: number | null): RegionInput {
  const level = LEVELS[region.level];
  return {
    code: region.code,
    name: region.title.trim(),
    level,
    parentCode: parentCodeOf(region.code),
    boundaryYear: level === 'wijk' || level === 'buurt' || level === 'gemeente' ? boundaryYear : null,
  };
}
