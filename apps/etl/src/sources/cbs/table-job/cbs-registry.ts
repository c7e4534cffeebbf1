import { KWB_TABLES, MEASURES } from '@koers/indicators';
import type { CbsApiVersion } from '../shared/cbs.types';

/** One measure to load from a table: a key (or, for KWB years without a confirmed key, the key's stem). */
export interface RegistryMeasure {
  readonly name: string;
  /** The exact topic key or measure code. */
  readonly key: string | null;
  /** KWB keys renumber every year (`AantalInwoners_5` → stem `AantalInwoners`); resolved from the metadata. */
  readonly keyStem: string | null;
  /** Fixed codes on the table's other dimensions. */
  readonly dimensions: Readonly<Record<string, string>>;
}

/** A table the catalogue needs, with every measure it is read for. */
export interface RegistryTable {
  readonly tableId: string;
  readonly api: CbsApiVersion;
  readonly measures: readonly RegistryMeasure[];
  /** Known to be discontinued: loaded for its history, pointing to its successor. */
  readonly successor: string | null;
  /** Only these period kinds (`JJ` for yearly figures of a table that also has months). */
  readonly periodKinds: readonly string[] | null;
}

/** Period kinds per table where the catalogue uses only some (table notes say why). */
const PERIOD_KINDS: Readonly<Record<string, readonly string[]>> = { '86098NED': ['JJ'] };

function stemOf(key: string): string {
  return key.replace(/_\d+$/, '');
}

function addMeasure(tables: Map<string, RegistryTable>, tableId: string, api: CbsApiVersion, measure: RegistryMeasure, successor: string | null): void {
  const id = tableId.toUpperCase();
  const existing = tables.get(id);
  const entry: RegistryTable = existing ?? { tableId, api, measures: [], successor, periodKinds: PERIOD_KINDS[tableId] ?? null };
  const duplicate = entry.measures.some((m) => m.name === measure.name && m.key === measure.key && m.keyStem === measure.keyStem && JSON.stringify(m.dimensions) === JSON.stringify(measure.dimensions));
  if (!duplicate) tables.set(id, { ...entry, measures: [...entry.measures, measure] });
}

/**
 * The CBS tables to load, derived from the indicator catalogue's measure contract (one place to register a
 * measure). A `sumOver` becomes one measure per code; KWB years the catalogue names no key for are read by
 * the stem of the newest v3 key it names.
 */
export function buildCbsRegistry(): RegistryTable[] {
  const tables = new Map<string, RegistryTable>();
  for (const measure of Object.values(MEASURES)) {
    if (measure.source.kind !== 'cbs') continue;
    const kwbYearsKeyed = new Set<number>();
    let kwbStem: string | null = null;
    for (const ref of measure.source.tables) {
      // Files are loaded by the file source, through their manifests; the CBS registry reads the OData tables.
      if (ref.api === 'file') continue;
      const fixed = ref.dimensions ?? {};
      const codes = ref.sumOver ? ref.sumOver.codes.map((code) => ({ ...fixed, [ref.sumOver!.dimension]: code })) : [fixed];
      for (const dimensions of codes) {
        addMeasure(tables, ref.tableId, ref.api, { name: measure.name, key: ref.key, keyStem: null, dimensions }, ref.successor ?? null);
      }
      for (const year of ref.years ?? []) if (KWB_TABLES.some((kwb) => kwb.tableId === ref.tableId && kwb.year === year)) kwbYearsKeyed.add(year);
      if (kwbStem === null && ref.api === 'v3' && KWB_TABLES.some((kwb) => kwb.tableId === ref.tableId)) kwbStem = stemOf(ref.key);
    }
    if (kwbStem === null) continue;
    for (const kwb of KWB_TABLES) {
      if (kwbYearsKeyed.has(kwb.year)) continue;
      addMeasure(tables, kwb.tableId, 'v3', { name: measure.name, key: null, keyStem: kwbStem, dimensions: {} }, null);
    }
  }
  return [...tables.values()].sort((a, b) => a.tableId.localeCompare(b.tableId));
}
