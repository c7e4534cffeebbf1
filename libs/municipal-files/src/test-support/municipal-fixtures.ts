import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Inspection, InspectOptions, RegionLookup, inspectMunicipalFile } from '../municipal-file.schema';
import type { SpecifiedUploadKind } from '@koers/indicators';

/** The clock of every municipal test: 15 June 2025, noon in Assen. */
export const NOW = new Date('2025-06-15T10:00:00Z');

export function fixtureBytes(path: string): Uint8Array {
  return new Uint8Array(readFileSync(join(__dirname, '..', '__fixtures__', path)));
}

/** The regions a test database has after the CBS source ran: Assen, one wijk and one buurt. */
export const KNOWN_REGIONS: ReadonlySet<string> = new Set(['GM0106', 'WK010601', 'BU01060101']);

export const knownRegionsLookup: RegionLookup = async (codes) => new Set(codes.filter((code) => KNOWN_REGIONS.has(code)));

export function inspectFixture(
  kind: SpecifiedUploadKind,
  path: string,
  options: Partial<InspectOptions> = {},
  lookup: RegionLookup = knownRegionsLookup,
): Promise<Inspection> {
  return inspectMunicipalFile(kind, basename(path), fixtureBytes(path), { now: NOW, ...options }, lookup);
}
