import type { RecordedRows } from './odata-query';

/**
 * Recorded CBS tables as plain JSON-like records in the wire shapes of the real services, and the set of them
 * that requests are answered from (the recorded transport reads one from a snapshot folder; the fake CBS server
 * of the tests adds, changes and removes tables in its own).
 */
export type JsonObject = Readonly<Record<string, unknown>>;

export interface RecordedV3Table {
  /** Canonical id, e.g. '84799NED'. Requests match it case-insensitively. */
  readonly id: string;
  /** The TableInfos row (also used for the ODataCatalog/Tables record). */
  readonly tableInfo: JsonObject;
  /** DataProperties items, with `odata.type`. */
  readonly dataProperties: readonly JsonObject[];
  /** Dimension key → its code list (keys padded as CBS pads them). */
  readonly dimensionCodes: Readonly<Record<string, readonly JsonObject[]>>;
  /** Null when the recording has none (then it is not answered: CBS may well have some). */
  readonly categoryGroups: readonly JsonObject[] | null;
  /** TypedDataSet rows, with `ID`. */
  readonly rows: RecordedRows;
}

export interface RecordedV4Table {
  readonly id: string;
  /** The Properties singleton (without `@odata.context`; the answer adds it). */
  readonly properties: JsonObject;
  readonly dimensions: readonly JsonObject[];
  readonly measureCodes: readonly JsonObject[];
  /** Null when the recording has none. */
  readonly measureGroups: readonly JsonObject[] | null;
  /** Dimension identifier → its `<Dim>Codes` list. */
  readonly codes: Readonly<Record<string, readonly JsonObject[]>>;
  readonly observations: RecordedRows;
}

export type RecordedTable =
  { readonly api: 'v3'; readonly table: RecordedV3Table } | { readonly api: 'v4'; readonly table: RecordedV4Table };

/** A catalog entry as the v4 Datasets list shows it, from a table's Properties. */
export function catalogEntryOf(table: RecordedV4Table): JsonObject {
  const p = table.properties;
  return {
    Identifier: table.id,
    Description: p.Description ?? '',
    Language: p.Language ?? 'nl',
    Title: p.Title,
    Modified: p.Modified,
    Status: p.Status,
    DatasetType: p.DatasetType,
  };
}

/** Tables by id (case-insensitive), with the recorded v4 `Datasets` page beside them. */
export class RecordedCbsTables {
  private readonly tables = new Map<string, RecordedTable>();

  constructor(private readonly v4CatalogPage: readonly JsonObject[] = []) {}

  /** Adds or replaces a table. */
  register(entry: RecordedTable): void {
    this.tables.set(entry.table.id.toLowerCase(), entry);
  }

  remove(id: string): void {
    this.tables.delete(id.toLowerCase());
  }

  get(id: string): RecordedTable | undefined {
    return this.tables.get(id.toLowerCase());
  }

  v3(id: string): RecordedV3Table | undefined {
    const entry = this.get(id);
    return entry?.api === 'v3' ? entry.table : undefined;
  }

  v4(id: string): RecordedV4Table | undefined {
    const entry = this.get(id);
    return entry?.api === 'v4' ? entry.table : undefined;
  }

  ids(): string[] {
    return [...this.tables.values()].map((entry) => entry.table.id);
  }

  v3Tables(): RecordedV3Table[] {
    return [...this.tables.values()].flatMap((entry) => (entry.api === 'v3' ? [entry.table] : []));
  }

  /** The recorded Datasets page overlaid with the v4 tables held now (their Modified and Status win). */
  v4Catalog(): JsonObject[] {
    const held = [...this.tables.values()].flatMap((entry) => (entry.api === 'v4' ? [catalogEntryOf(entry.table)] : []));
    const heldIds = new Set(held.map((entry) => String(entry.Identifier).toLowerCase()));
    return [...this.v4CatalogPage.filter((entry) => !heldIds.has(String(entry.Identifier).toLowerCase())), ...held].sort((a, b) =>
      String(a.Identifier).localeCompare(String(b.Identifier)),
    );
  }
}
