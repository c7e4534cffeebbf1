import { KWB_TABLES } from '../measures/kwb-tables.data';
import { MEASURES } from '../measures/measure.catalogue';
import type { MeasureDefinition, TableRef } from '../types/measure.types';
import { MEASURE_NAMES, type MeasureName } from '../types/measure-name.types';

/**
 * The one rule of which tables feed a catalogue measure, and in what preference: the ETL reads its CBS tables
 * from it, the API's series assembly ranks the stored figures by it, and `/sources` says per table which measures
 * it supplies. A measure the municipality uploads takes its upload first (rank 0 for rows of its own selection, 1
 * for others), then the tables of a related definition from rank {@link UPLOAD_FALLBACK_RANK}.
 */
export const UPLOAD_FALLBACK_RANK = 2;

/** The tables of a measure in preference order (its upload, when it has one, comes before all of them). */
export function tableRefsOf(definition: MeasureDefinition): readonly TableRef[] {
  return definition.source.kind === 'cbs' ? definition.source.tables : (definition.source.tables ?? []);
}

/** The rank of a measure's first table: after its upload, for a measure the municipality uploads. */
export function firstTableRank(definition: MeasureDefinition): number {
  return definition.source.kind === 'cbs' ? 0 : UPLOAD_FALLBACK_RANK;
}

/** How a table reaches Koers: a CBS OData table, a bundled file with its manifest, or a municipal upload kind. */
export type CatalogueTableProvider = 'cbs' | 'file' | 'municipal-file';

/** A table (or upload kind) of the catalogue, with the measures it supplies. */
export interface CatalogueTable {
  readonly provider: CatalogueTableProvider;
  readonly tableId: string;
  readonly measures: readonly MeasureName[];
}

/** `provider|tableid`, case-insensitive in the id as CBS is: the key a stored table is matched on. */
export function catalogueTableKey(provider: string, tableId: string): string {
  const family = provider === 'file' || provider === 'municipal-file' ? provider : 'cbs';
  return `${family}|${tableId.toLowerCase()}`;
}

/** Every table and upload kind the catalogue reads, each once, with the measures it supplies. */
export function catalogueTables(): ReadonlyMap<string, CatalogueTable> {
  const tables = new Map<string, { provider: CatalogueTableProvider; tableId: string; measures: MeasureName[] }>();
  const add = (provider: CatalogueTableProvider, tableId: string, measure: MeasureName) => {
    const key = catalogueTableKey(provider, tableId);
    const entry = tables.get(key) ?? { provider, tableId, measures: [] };
    if (!entry.measures.includes(measure)) entry.measures.push(measure);
    tables.set(key, entry);
  };
  for (const name of MEASURE_NAMES) {
    const definition = MEASURES[name];
    if (definition.source.kind === 'municipal-upload') add('municipal-file', definition.source.uploadKind, name);
    for (const ref of tableRefsOf(definition)) add(ref.api === 'file' ? 'file' : 'cbs', ref.tableId, name);
  }
  return tables;
}

/** One read of a CBS OData table for a measure: a key (or, for KWB years the catalogue names no key, its stem). */
export interface CbsMeasureRead {
  readonly name: MeasureName;
  readonly key: string | null;
  /** KWB keys renumber every year (`AantalInwoners_5` → stem `AantalInwoners`); the ETL resolves it from the metadata. */
  readonly keyStem: string | null;
  /** Fixed codes on the table's other dimensions (one read per code of a `sumOver`). */
  readonly dimensions: Readonly<Record<string, string>>;
}

/** A CBS OData table the catalogue reads, with every read of it. */
export interface CbsTableReads {
  readonly tableId: string;
  readonly api: 'v3' | 'v4';
  readonly reads: readonly CbsMeasureRead[];
  /** Known to be discontinued: loaded for its history, pointing to its successor. */
  readonly successor: string | null;
}

const stemOf = (key: string) => key.replace(/_\d+$/, '');

function sameRead(a: CbsMeasureRead, b: CbsMeasureRead): boolean {
  return a.name === b.name && a.key === b.key && a.keyStem === b.keyStem && JSON.stringify(a.dimensions) === JSON.stringify(b.dimensions);
}

/** The reads of one measure: its OData tables (files load through their manifests), plus the KWB years it names no key for. */
function readsOf(definition: MeasureDefinition): { tableId: string; api: 'v3' | 'v4'; successor: string | null; read: CbsMeasureRead }[] {
  const reads: { tableId: string; api: 'v3' | 'v4'; successor: string | null; read: CbsMeasureRead }[] = [];
  const kwbYearsKeyed = new Set<number>();
  let kwbStem: string | null = null;
  for (const ref of tableRefsOf(definition)) {
    if (ref.api === 'file') continue;
    const fixed = ref.dimensions ?? {};
    const codes = ref.sumOver ? ref.sumOver.codes.map((code) => ({ ...fixed, [ref.sumOver!.dimension]: code })) : [fixed];
    for (const dimensions of codes)
      reads.push({
        tableId: ref.tableId,
        api: ref.api,
        successor: ref.successor ?? null,
        read: { name: definition.name, key: ref.key, keyStem: null, dimensions },
      });
    for (const year of ref.years ?? [])
      if (KWB_TABLES.some((kwb) => kwb.tableId === ref.tableId && kwb.year === year)) kwbYearsKeyed.add(year);
    if (kwbStem === null && ref.api === 'v3' && KWB_TABLES.some((kwb) => kwb.tableId === ref.tableId)) kwbStem = stemOf(ref.key);
  }
  if (kwbStem === null) return reads;
  for (const kwb of KWB_TABLES.filter((table) => !kwbYearsKeyed.has(table.year))) {
    reads.push({
      tableId: kwb.tableId,
      api: 'v3',
      successor: null,
      read: { name: definition.name, key: null, keyStem: kwbStem, dimensions: {} },
    });
  }
  return reads;
}

/**
 * The CBS tables to load, derived from the measure catalogue (one place to register a measure): a `sumOver`
 * becomes one read per code; KWB years the catalogue names no key for are read by the stem of the newest v3 key.
 */
export function cbsTableReads(): CbsTableReads[] {
  const tables = new Map<string, { tableId: string; api: 'v3' | 'v4'; reads: CbsMeasureRead[]; successor: string | null }>();
  for (const definition of Object.values(MEASURES)) {
    for (const { tableId, api, successor, read } of readsOf(definition)) {
      const entry = tables.get(tableId.toUpperCase()) ?? { tableId, api, reads: [], successor };
      if (!entry.reads.some((existing) => sameRead(existing, read))) entry.reads.push(read);
      tables.set(tableId.toUpperCase(), entry);
    }
  }
  return [...tables.values()].sort((a, b) => a.tableId.localeCompare(b.tableId));
}
