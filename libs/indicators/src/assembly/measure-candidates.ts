import { firstTableRank, tableRefsOf } from '../sources/catalogue-tables';
import type { CbsTableRef, FileTableRef, MeasureDefinition, TableRef } from '../types/measure.types';
import type { StoredMeasure } from './stored.types';

/** The definition family of a measure's own tables when a reference names none. */
export const DEFAULT_DEFINITION = 'default';

/**
 * A stored measure that may supply a catalogue measure, with its preference: the position of its table among the
 * measure's sources (0 = first choice; an upload comes before its CBS tables); tables the catalogue does not list
 * come after (e.g. a KWB year whose key the ETL resolved itself, or an analyst's file), and only for rows without
 * fixed dimensions.
 */
export interface MeasureCandidate {
  readonly measure: StoredMeasure;
  readonly rank: number;
  /** Rows of this rank are summed over these codes of one dimension (e.g. ages 15–74). */
  readonly sumOver: { readonly dimension: string; readonly codes: ReadonlySet<string> } | null;
  /** Multiply the stored value by this to get the measure's unit. */
  readonly scale: number | null;
  /** The definition family of the figures. */
  readonly definition: string;
}

const sameTable = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * The stored codes hold the catalogue's fixed codes. The loader stores every other dimension of the table too,
 * at its total, so the stored set may be larger; the catalogue's codes decide which slice is meant.
 */
function holdsCodes(fixed: Readonly<Record<string, string>>, actual: Readonly<Record<string, string>>): boolean {
  return Object.entries(fixed).every(([key, code]) => actual[key] === code);
}

function odataMatches(ref: CbsTableRef, row: StoredMeasure): boolean {
  if (row.provider === 'file' || row.provider === 'municipal-file') return false;
  if (!sameTable(ref.tableId, row.tableId) || ref.key !== row.sourceKey) return false;
  if (!holdsCodes(ref.dimensions ?? {}, row.dimensions)) return false;
  if (!ref.sumOver) return true;
  const code = row.dimensions[ref.sumOver.dimension];
  return code !== undefined && ref.sumOver.codes.includes(code);
}

/** A file's measures are bound to the catalogue name by its manifest; the table and fixed codes must agree. */
function fileMatches(ref: FileTableRef, row: StoredMeasure): boolean {
  return row.provider === 'file' && sameTable(ref.tableId, row.tableId) && holdsCodes(ref.dimensions ?? {}, row.dimensions);
}

function refMatches(ref: TableRef, row: StoredMeasure): boolean {
  return ref.api === 'file' ? fileMatches(ref, row) : odataMatches(ref, row);
}

function candidate(row: StoredMeasure, rank: number, ref: TableRef | null): MeasureCandidate {
  const sum = ref !== null && ref.api !== 'file' ? ref.sumOver : undefined;
  return {
    measure: row,
    rank,
    sumOver: sum ? { dimension: sum.dimension, codes: new Set(sum.codes) } : null,
    scale: ref?.scale ?? null,
    definition: ref?.definition ?? DEFAULT_DEFINITION,
  };
}

function tableCandidate(refs: readonly TableRef[], offset: number, row: StoredMeasure): MeasureCandidate | null {
  const index = refs.findIndex((ref) => refMatches(ref, row));
  if (index >= 0) return candidate(row, offset + index, refs[index]!);
  const listed = refs.some((ref) => sameTable(ref.tableId, row.tableId));
  const unlisted = !listed && row.provider !== 'municipal-file' && Object.keys(row.dimensions).length === 0;
  return unlisted ? candidate(row, offset + refs.length, null) : null;
}

/** The stored measures that can supply `definition`, from the rows that carry its name. */
export function candidatesFor(definition: MeasureDefinition, rows: readonly StoredMeasure[]): MeasureCandidate[] {
  const named = rows.filter((row) => row.name === definition.name);
  const source = definition.source;
  const refs = tableRefsOf(definition);
  const offset = firstTableRank(definition);
  if (source.kind === 'cbs') return named.flatMap((row) => tableCandidate(refs, offset, row) ?? []);
  const uploadDefinition = source.producer;
  return named.flatMap((row): MeasureCandidate[] => {
    if (row.provider !== 'municipal-file') {
      const found = tableCandidate(refs, offset, row);
      return found ? [found] : [];
    }
    const matches = Object.entries(source.filter).every(([key, value]) => row.dimensions[key] === value);
    return [{ ...candidate(row, matches ? 0 : 1, null), definition: uploadDefinition }];
  });
}
