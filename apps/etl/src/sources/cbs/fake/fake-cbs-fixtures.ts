import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FakeV3Table, FakeV4Table, JsonObject } from './fake-cbs-tables';
import { arrayRows } from './fake-odata-request';

/**
 * Loads the real recorded CBS payloads kept in `__fixtures__/` into tables the fake server can serve.
 * v3 folders hold bare `value` arrays (the recording repos did not keep the envelope) plus, for 83583NED, the
 * TypedDataSet as CSV; v4 folders hold verbatim responses with their envelopes. Values are never altered;
 * only the key `odata_type` (renamed by the recording repo) is given back its wire name `odata.type`.
 */
export const CBS_FIXTURES_DIR = resolve(__dirname, '..', '__fixtures__');

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function objects(value: unknown, file: string): JsonObject[] {
  const list = isObject(value) && Array.isArray(value['value']) ? value['value'] : value;
  if (!Array.isArray(list) || !list.every(isObject)) throw new Error(`${file}: expected a list of objects`);
  return list;
}

function object(value: unknown, file: string): JsonObject {
  const item = Array.isArray(value) ? value[0] : value;
  if (!isObject(item)) throw new Error(`${file}: expected an object`);
  return item;
}

function restoreODataType(prop: JsonObject): JsonObject {
  if (!('odata_type' in prop)) return prop;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(prop)) out[key === 'odata_type' ? 'odata.type' : key] = value;
  return out;
}

/** CSV as recorded for 83583NED: no quoting, dimension keys keep their padding, empty = null. */
function parseTypedCsv(text: string, dataProperties: readonly JsonObject[]): JsonObject[] {
  const lines = text.split(/\r?\n/).filter((line) => line !== '');
  const header = lines[0].split(',');
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
    return row;
  });
}

function findFile(dir: string, files: readonly string[], stem: string, ext: string): string | null {
  const exact = files.find((f) => f === `${stem}.${ext}`);
  const prefixed = files.find((f) => f.startsWith(`${stem}_`) && f.endsWith(`.${ext}`));
  const name = exact ?? prefixed;
  return name === undefined ? null : join(dir, name);
}

/** One v3 table folder; null when it has no TypedDataSet (metadata-only recordings are not served). */
export function loadV3Folder(dir: string): FakeV3Table | null {
  const files = readdirSync(dir);
  const propsFile = join(dir, 'DataProperties.json');
  const infoFile = findFile(dir, files, 'TableInfos', 'json') ?? findFile(dir, files, 'Metadata', 'json');
  const dataFile = findFile(dir, files, 'TypedDataSet', 'json') ?? findFile(dir, files, 'TypedDataSet', 'csv');
  if (!existsSync(propsFile) || infoFile === null || dataFile === null) return null;
  const dataProperties = objects(readJson(propsFile), propsFile).map(restoreODataType);
  const tableInfo = object(readJson(infoFile), infoFile);
  const dimensionCodes: Record<string, JsonObject[]> = {};
  for (const prop of dataProperties) {
    if (prop.Type === 'Topic' || prop.Type === 'TopicGroup' || typeof prop.Key !== 'string') continue;
    const file = findFile(dir, files, prop.Key, 'json');
    if (file === null) throw new Error(`${dir}: no code list for dimension ${prop.Key}`);
    dimensionCodes[prop.Key] = objects(readJson(file), file);
  }
  const groupsFile = join(dir, 'CategoryGroups.json');
  const rows = dataFile.endsWith('.csv') ? parseTypedCsv(readFileSync(dataFile, 'utf8'), dataProperties) : objects(readJson(dataFile), dataFile);
  return {
    id: String(tableInfo.Identifier),
    tableInfo,
    dataProperties,
    dimensionCodes,
    categoryGroups: existsSync(groupsFile) ? objects(readJson(groupsFile), groupsFile) : [],
    rows: arrayRows(rows),
  };
}

/** One v4 table folder as recorded (properties, dimensions, measure-codes, codes-<Dim>, observations-page-N). */
export function loadV4Folder(dir: string): FakeV4Table | null {
  const files = readdirSync(dir);
  if (!files.includes('properties.json') || !files.includes('dimensions.json')) return null;
  const properties: Record<string, unknown> = { ...object(readJson(join(dir, 'properties.json')), 'properties.json') };
  delete properties['@odata.context'];
  const codes: Record<string, JsonObject[]> = {};
  for (const file of files.filter((f) => f.startsWith('codes-') && f.endsWith('.json'))) {
    codes[file.slice('codes-'.length, -'.json'.length)] = objects(readJson(join(dir, file)), file);
  }
  const pages = files.filter((f) => /^observations-page-\d+\.json$/.test(f)).sort((a, b) => pageNumber(a) - pageNumber(b));
  const observations = pages.flatMap((file) => objects(readJson(join(dir, file)), file));
  const groupsFile = join(dir, 'measure-groups.json');
  return {
    id: String(properties.Identifier),
    properties,
    dimensions: objects(readJson(join(dir, 'dimensions.json')), 'dimensions.json'),
    measureCodes: objects(readJson(join(dir, 'measure-codes.json')), 'measure-codes.json'),
    measureGroups: existsSync(groupsFile) ? objects(readJson(groupsFile), groupsFile) : [],
    codes,
    observations: arrayRows(observations),
  };
}

function pageNumber(file: string): number {
  return Number(/(\d+)\.json$/.exec(file)?.[1] ?? 0);
}

function subfolders(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => join(dir, e.name)).sort();
}

export function loadFixtureV3Tables(root: string = CBS_FIXTURES_DIR): FakeV3Table[] {
  return subfolders(join(root, 'v3')).map(loadV3Folder).filter((t): t is FakeV3Table => t !== null);
}

export function loadFixtureV4Tables(root: string = CBS_FIXTURES_DIR): FakeV4Table[] {
  return subfolders(join(root, 'v4')).map(loadV4Folder).filter((t): t is FakeV4Table => t !== null);
}

/** The recorded v4 `Datasets` catalog page (83 datasets with Modified and Status). */
export function loadFixtureV4Catalog(root: string = CBS_FIXTURES_DIR): JsonObject[] {
  const file = join(root, 'v4', '_catalog.json');
  return existsSync(file) ? objects(readJson(file), file) : [];
}
