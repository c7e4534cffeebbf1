import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SourceError } from '../../source-error';
import { arrayRows } from './odata-query';
import { JsonObject, RecordedCbsTables, RecordedV3Table, RecordedV4Table } from './recorded-cbs-tables';

/**
 * Reads recorded CBS payloads from a folder laid out as `v3/<table>/…`, `v4/<table>/…` and `v4/_catalog.json`
 * (the bundled snapshot in `data/snapshot/cbs/`, the test fixtures in `__fixtures__/`). v3 folders hold bare
 * `value` arrays (the recording repos did not keep the envelope) plus, for 83583NED, the TypedDataSet as CSV;
 * v4 folders hold verbatim responses with their envelopes. Values are never altered; only the key `odata_type`
 * (renamed by the recording repo) is given back its wire name `odata.type`. Everything read is held in memory,
 * so a folder over the byte budget is refused instead of read.
 */
const MAX_RECORDING_BYTES = 8 * 1024 * 1024;

/** Counts the bytes read so far against the budget of one recording. */
class ByteBudget {
  private used = 0;

  constructor(
    private readonly root: string,
    private readonly max: number,
  ) {}

  read(file: string): string {
    this.used += statSync(file).size;
    if (this.used > this.max) {
      const message = `Recorded CBS file ${file}: the recording in ${this.root} is larger than ${this.max} bytes, the most held in memory`;
      throw new SourceError('fatal', 'bad-config', message, { source: 'cbs', endpoint: file });
    }
    return readFileSync(file, 'utf8');
  }
}

function recordingError(file: string, message: string): SourceError {
  return new SourceError('schema', 'schema-mismatch', `Recorded CBS file ${file}: ${message}`, { source: 'cbs', endpoint: file });
}

function readJson(file: string, budget: ByteBudget): unknown {
  try {
    return JSON.parse(budget.read(file));
  } catch (error) {
    if (error instanceof SourceError) throw error;
    throw recordingError(file, `is not JSON (${String(error)})`);
  }
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Frozen: answers share these records, and nothing that reads an answer may change the recording. */
function objects(value: unknown, file: string): JsonObject[] {
  const list = isObject(value) && Array.isArray(value['value']) ? value['value'] : value;
  if (!Array.isArray(list) || !list.every(isObject)) throw recordingError(file, 'expected a list of objects');
  return list.map((item) => Object.freeze(item));
}

function object(value: unknown, file: string): JsonObject {
  const item = Array.isArray(value) ? value[0] : value;
  if (!isObject(item)) throw recordingError(file, 'expected an object');
  return item;
}

function restoreODataType(prop: JsonObject): JsonObject {
  if (!('odata_type' in prop)) return prop;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(prop)) out[key === 'odata_type' ? 'odata.type' : key] = value;
  return Object.freeze(out);
}

/** CSV as recorded for 83583NED: no quoting, dimension keys keep their padding, empty = null. */
function parseTypedCsv(text: string, dataProperties: readonly JsonObject[]): JsonObject[] {
  const lines = text.split(/\r?\n/).filter((line) => line !== '');
  const header = lines[0]?.split(',') ?? [];
  const numeric = new Set(dataProperties.filter((p) => p.Type === 'Topic' && p.Datatype !== 'String').map((p) => p.Key));
  return lines.slice(1).map((line) => {
    const cells = line.split(',');
    const row: Record<string, unknown> = {};
    header.forEach((column, i) => {
      const cell = cells[i] ?? '';
      if (column === 'ID') row[column] = Number(cell);
      else if (numeric.has(column)) row[column] = cell === '' ? null : Number(cell);
      else row[column] = cell;
    });
    return Object.freeze(row);
  });
}

function findFile(dir: string, files: readonly string[], stem: string, ext: string): string | null {
  const exact = files.find((f) => f === `${stem}.${ext}`);
  const prefixed = files.find((f) => f.startsWith(`${stem}_`) && f.endsWith(`.${ext}`));
  const name = exact ?? prefixed;
  return name === undefined ? null : join(dir, name);
}

/** One v3 table folder; null when it has no TypedDataSet (metadata-only recordings are not answered from). */
export function loadV3Folder(dir: string): RecordedV3Table | null {
  return readV3Folder(dir, new ByteBudget(dir, MAX_RECORDING_BYTES));
}

/** One v4 table folder as recorded (properties, dimensions, measure-codes, codes-<Dim>, observations-page-N). */
export function loadV4Folder(dir: string): RecordedV4Table | null {
  return readV4Folder(dir, new ByteBudget(dir, MAX_RECORDING_BYTES));
}

function readV3Folder(dir: string, budget: ByteBudget): RecordedV3Table | null {
  const files = readdirSync(dir);
  const propsFile = join(dir, 'DataProperties.json');
  const infoFile = findFile(dir, files, 'TableInfos', 'json') ?? findFile(dir, files, 'Metadata', 'json');
  const dataFile = findFile(dir, files, 'TypedDataSet', 'json') ?? findFile(dir, files, 'TypedDataSet', 'csv');
  if (!existsSync(propsFile) || infoFile === null || dataFile === null) return null;
  const dataProperties = objects(readJson(propsFile, budget), propsFile).map(restoreODataType);
  const tableInfo = object(readJson(infoFile, budget), infoFile);
  const dimensionCodes: Record<string, JsonObject[]> = {};
  for (const prop of dataProperties) {
    if (prop.Type === 'Topic' || prop.Type === 'TopicGroup' || typeof prop.Key !== 'string') continue;
    const file = findFile(dir, files, prop.Key, 'json');
    if (file === null) throw recordingError(dir, `no code list for dimension ${prop.Key}`);
    dimensionCodes[prop.Key] = objects(readJson(file, budget), file);
  }
  const groupsFile = join(dir, 'CategoryGroups.json');
  const rows = dataFile.endsWith('.csv')
    ? parseTypedCsv(budget.read(dataFile), dataProperties)
    : objects(readJson(dataFile, budget), dataFile);
  return {
    id: String(tableInfo.Identifier),
    tableInfo,
    dataProperties,
    dimensionCodes,
    categoryGroups: existsSync(groupsFile) ? objects(readJson(groupsFile, budget), groupsFile) : null,
    rows: arrayRows(rows),
  };
}

function readV4Folder(dir: string, budget: ByteBudget): RecordedV4Table | null {
  const files = readdirSync(dir);
  if (!files.includes('properties.json') || !files.includes('dimensions.json')) return null;
  const json = (name: string): unknown => readJson(join(dir, name), budget);
  const properties: Record<string, unknown> = { ...object(json('properties.json'), join(dir, 'properties.json')) };
  delete properties['@odata.context'];
  const codes: Record<string, JsonObject[]> = {};
  for (const file of files.filter((f) => f.startsWith('codes-') && f.endsWith('.json'))) {
    codes[file.slice('codes-'.length, -'.json'.length)] = objects(json(file), join(dir, file));
  }
  const pages = files.filter((f) => /^observations-page-\d+\.json$/.test(f)).sort((a, b) => pageNumber(a) - pageNumber(b));
  const observations = pages.flatMap((file) => objects(json(file), join(dir, file)));
  return {
    id: String(properties.Identifier),
    properties,
    dimensions: objects(json('dimensions.json'), join(dir, 'dimensions.json')),
    measureCodes: objects(json('measure-codes.json'), join(dir, 'measure-codes.json')),
    measureGroups: files.includes('measure-groups.json') ? objects(json('measure-groups.json'), join(dir, 'measure-groups.json')) : null,
    codes,
    observations: arrayRows(observations),
  };
}

function pageNumber(file: string): number {
  return Number(/(\d+)\.json$/.exec(file)?.[1] ?? 0);
}

function subfolders(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => join(dir, e.name))
    .sort();
}

/** Every table recorded under `root` (v3 and v4) and the recorded v4 `Datasets` page, within one byte budget. */
export function readRecordedCbsTables(root: string, maxBytes: number = MAX_RECORDING_BYTES): RecordedCbsTables {
  const budget = new ByteBudget(root, maxBytes);
  const catalogFile = join(root, 'v4', '_catalog.json');
  const tables = new RecordedCbsTables(existsSync(catalogFile) ? objects(readJson(catalogFile, budget), catalogFile) : []);
  for (const dir of subfolders(join(root, 'v3'))) {
    const table = readV3Folder(dir, budget);
    if (table !== null) tables.register({ api: 'v3', table });
  }
  for (const dir of subfolders(join(root, 'v4'))) {
    const table = readV4Folder(dir, budget);
    if (table !== null) tables.register({ api: 'v4', table });
  }
  return tables;
}
