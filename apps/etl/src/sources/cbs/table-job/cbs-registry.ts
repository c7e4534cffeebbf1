import { type CbsMeasureRead, cbsTableReads } from '@koers/indicators';
import type { CbsApiVersion } from '../shared/cbs.types';

/**
 * One measure to load from a table: a catalogue read, or (for a table Koers does not know, loaded on request)
 * any key of the table under the name `cbs:<table>:<key>`.
 */
export type RegistryMeasure = Omit<CbsMeasureRead, 'name'> & { readonly name: string };

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

/** Period kinds per table where the catalogue uses only some (table notes say why): how the ETL asks, not what. */
const PERIOD_KINDS: Readonly<Record<string, readonly string[]>> = { '86098NED': ['JJ'] };

/** The CBS tables to load: the catalogue's reads (`cbsTableReads`, the one catalogue-to-table rule) as the ETL asks for them. */
export function buildCbsRegistry(): RegistryTable[] {
  return cbsTableReads().map((table) => ({
    tableId: table.tableId,
    api: table.api,
    measures: table.reads,
    successor: table.successor,
    periodKinds: PERIOD_KINDS[table.tableId] ?? null,
  }));
}
