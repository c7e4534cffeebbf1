import type { RecordedRows } from '../../recorded/odata-query';
import type { JsonObject, RecordedV3Table } from '../../recorded/recorded-cbs-tables';

/**
 * A generated table in the v3 KWB format (one `WijkenEnBuurten` GeoDetail dimension padded to 10 characters,
 * string topics `Gemeentenaam_1`, `SoortRegio_2`, `Codering_3`, then numeric topics), for benchmarks: about
 * 17,000 regions × 120 topics like a real *Kerncijfers wijken en buurten* table. Values are synthetic and
 * deterministic; rows are produced on demand so serving it does not hold the whole table in memory.
 */
export interface KwbTableSpec {
  readonly tableId?: string;
  /** Regions including NL00 (default 17,000). */
  readonly regions?: number;
  /** Topic columns including the three string topics (default 120). */
  readonly topics?: number;
  readonly year?: number;
  readonly modified?: string;
  readonly seed?: number;
  /** Share of numeric cells that are null (default 0.05). */
  readonly nullShare?: number;
}

const KEY_WIDTH = 10;
const STRING_TOPICS = ['Gemeentenaam_1', 'SoortRegio_2', 'Codering_3'];

/** NL00, then per gemeente: GMxxxx, its wijken WKxxxxyy and their buurten BUxxxxyyzz (10 wijken × 10 buurten). */
export function kwbRegionCode(index: number): string {
  if (index === 0) return 'NL00';
  const perGemeente = 1 + 10 + 100;
  const gm = Math.floor((index - 1) / perGemeente) + 1;
  const within = (index - 1) % perGemeente;
  const gmCode = String(gm).padStart(4, '0');
  if (within === 0) return `GM${gmCode}`;
  const wk = Math.floor((within - 1) / 11);
  const bu = (within - 1) % 11;
  return bu === 0
    ? `WK${gmCode}${String(wk).padStart(2, '0')}`
    : `BU${gmCode}${String(wk).padStart(2, '0')}${String(bu - 1).padStart(2, '0')}`;
}

function soortRegio(code: string): string {
  if (code.startsWith('NL')) return 'Land';
  if (code.startsWith('GM')) return 'Gemeente';
  return code.startsWith('WK') ? 'Wijk' : 'Buurt';
}

/** A cheap deterministic hash → [0, 1). */
function unit(seed: number, row: number, column: number): number {
  let h = (seed ^ Math.imul(row + 1, 0x9e3779b1) ^ Math.imul(column + 1, 0x85ebca6b)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d) >>> 0;
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b) >>> 0;
  return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
}

export function numericTopicKey(position: number): string {
  return `Kenmerk${position}_${position}`;
}

function dataProperties(topicCount: number, year: number): JsonObject[] {
  const geo = {
    'odata.type': 'Cbs.OData.GeoDetail',
    ID: 0,
    Position: 0,
    ParentID: null,
    Type: 'GeoDetail',
    Key: 'WijkenEnBuurten',
    Title: 'Wijken en buurten',
    Description: '',
    MapYear: year,
  };
  const topics = Array.from({ length: topicCount }, (_, i) => {
    const position = i + 1;
    const isString = i < STRING_TOPICS.length;
    const key = isString ? STRING_TOPICS[i] : numericTopicKey(position);
    const datatype = isString ? 'String' : position % 5 === 0 ? 'Double' : 'Long';
    return {
      'odata.type': 'Cbs.OData.Topic',
      ID: position,
      Position: position,
      ParentID: null,
      Type: 'Topic',
      Key: key,
      Title: key,
      Description: null,
      Datatype: datatype,
      Unit: isString ? 'code' : 'aantal',
      Decimals: datatype === 'Double' ? 1 : 0,
      Default: 'Impossible',
    };
  });
  return [geo, ...topics];
}

export function generateKwbTable(spec: KwbTableSpec = {}): RecordedV3Table {
  const regions = spec.regions ?? 17_000;
  const topicCount = Math.max(STRING_TOPICS.length + 1, spec.topics ?? 120);
  const year = spec.year ?? 2024;
  const seed = spec.seed ?? 106;
  const nullShare = spec.nullShare ?? 0.05;
  const props = dataProperties(topicCount, year);
  const numeric = props.filter((p) => p.Type === 'Topic' && p.Datatype !== 'String');
  const codes = Array.from({ length: regions }, (_, i) => {
    const code = kwbRegionCode(i);
    return {
      Key: code.padEnd(KEY_WIDTH),
      Title: code,
      Description: null,
      Municipality: code.startsWith('NL') ? '' : `GM${code.slice(2, 6)}`,
      DetailRegionCode: code,
    };
  });
  const rows: RecordedRows = {
    count: regions,
    at: (index) => {
      const code = kwbRegionCode(index);
      const row: Record<string, unknown> = {
        ID: index,
        WijkenEnBuurten: code.padEnd(KEY_WIDTH),
        Gemeentenaam_1: `Gemeente ${code.slice(2, 6)}`.padEnd(40),
        SoortRegio_2: soortRegio(code).padEnd(10),
        Codering_3: code.padEnd(KEY_WIDTH),
      };
      numeric.forEach((topic, column) => {
        const u = unit(seed, index, column);
        row[String(topic.Key)] = u < nullShare ? null : topic.Datatype === 'Double' ? Math.round(u * 10_000) / 10 : Math.floor(u * 100_000);
      });
      return row;
    },
  };
  const tableId = spec.tableId ?? '99999NED';
  const modified = spec.modified ?? `${year + 1}-03-27T02:00:00`;
  const tableInfo = {
    ID: 0,
    Identifier: tableId,
    Title: `Kerncijfers wijken en buurten ${year} (generated)`,
    ShortTitle: `KWB ${year} (generated)`,
    ShortDescription: `\nGegenereerde tabel voor benchmarks.\n\nStatus van de cijfers:\nDefinitief.\n`,
    Modified: modified,
    MetaDataModified: modified,
    Updated: modified,
    ReasonDelivery: 'Actualisering',
    OutputStatus: 'Regulier',
    Frequency: 'Onregelmatig',
    Period: String(year),
    Catalog: 'CBS',
    Language: 'nl',
    RecordCount: regions,
    ColumnCount: topicCount,
  };
  return { id: tableId, tableInfo, dataProperties: props, dimensionCodes: { WijkenEnBuurten: codes }, categoryGroups: [], rows };
}
