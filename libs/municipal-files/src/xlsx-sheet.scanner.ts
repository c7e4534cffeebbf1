import { strToU8, unzipSync, zipSync } from 'fflate';

/**
 * What is read of an XLSX before any cell is parsed, from the parts that matter (already checked against the
 * zip-bomb limits): the first sheet's XML, the number of rows with a value in it, and its formula cells whose
 * stored result is an error (exceljs's streaming reader drops that result).
 */
export interface FirstSheet {
  /**
   * A small archive of only what exceljs's streaming reader needs, in the order it needs them; null when the sheet
   * has more rows than asked for, so a file that is refused anyway is not copied.
   */
  readonly archive: Uint8Array | null;
  readonly rowsWithValues: number;
  /** `row:column` (both from 1) → the stored error (`#DIV/0!`). */
  readonly errorResults: ReadonlyMap<string, string>;
}

const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
const SHARED_STRINGS = 'xl/sharedStrings.xml';
const STYLES = 'xl/styles.xml';
const SHEET_PATH = /^xl\/worksheets\/[^/]+\.xml$/;
/** The name exceljs's streaming reader recognises a worksheet by. */
const READER_SHEET = 'xl/worksheets/sheet1.xml';
const NS = 'http://schemas.openxmlformats.org/';
const EMPTY_STRINGS = `<sst xmlns="${NS}spreadsheetml/2006/main" count="0" uniqueCount="0"/>`;
const EMPTY_RELS = `<Relationships xmlns="${NS}package/2006/relationships"/>`;

const latin1 = (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');

/** The first sheet in the workbook's order (what a person sees first), else the first worksheet part. */
function firstSheetPath(parts: Readonly<Record<string, Uint8Array>>): string | undefined {
  const workbook = parts[WORKBOOK] ? latin1(parts[WORKBOOK]) : '';
  const rels = parts[WORKBOOK_RELS] ? latin1(parts[WORKBOOK_RELS]) : '';
  const id = /<sheet\b[^>]*\br:id="([^"]+)"/.exec(workbook)?.[1];
  const relation = (rels.match(/<Relationship\b[^>]*>/g) ?? []).find((tag) => /\bId="([^"]+)"/.exec(tag)?.[1] === id);
  const target = relation ? /\bTarget="([^"]+)"/.exec(relation)?.[1] : undefined;
  const path = target ? (target.startsWith('/') ? target.slice(1) : `xl/${target}`) : undefined;
  if (path && parts[path]) return path;
  return Object.keys(parts)
    .filter((name) => SHEET_PATH.test(name))
    .sort()[0];
}

/** Rows holding at least one value (`<v>` or an inline string): formatted but empty rows are not data. */
export function countRowsWithValues(xml: Buffer): number {
  let rows = 0;
  let at = xml.indexOf('<row');
  while (at !== -1) {
    const close = xml.indexOf('>', at);
    if (close === -1) break;
    const selfClosing = xml[close - 1] === 0x2f;
    const end = selfClosing ? close : xml.indexOf('</row>', close);
    if (end === -1) break;
    const body = xml.subarray(close, end);
    if (!selfClosing && (body.includes('<v>') || body.includes('<v ') || body.includes('<is>'))) rows++;
    at = xml.indexOf('<row', end);
  }
  return rows;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const char of letters) n = n * 26 + (char.charCodeAt(0) - 64);
  return n;
}

/** Formula cells (`<f>`) of type error (`t="e"`) with their stored result. */
export function errorResults(xml: Buffer): Map<string, string> {
  const found = new Map<string, string>();
  let at = xml.indexOf('t="e"');
  while (at !== -1) {
    const start = xml.lastIndexOf('<c ', at);
    const end = xml.indexOf('</c>', at);
    if (start === -1 || end === -1) break;
    const cell = xml.subarray(start, end).toString('latin1');
    const ref = /\br="([A-Z]+)(\d+)"/.exec(cell);
    const value = /<v>([^<]*)<\/v>/.exec(cell);
    if (ref && value && cell.includes('<f')) found.set(`${ref[2]}:${columnNumber(ref[1]!)}`, value[1]!);
    at = xml.indexOf('t="e"', end);
  }
  return found;
}

/** The first sheet and what exceljs needs to read it (at most `maxRows` rows), or 'no-sheet'. */
export function firstSheetOf(bytes: Uint8Array, maxRows: number): FirstSheet | 'no-sheet' {
  const parts = unzipSync(bytes, {
    filter: (entry) => [WORKBOOK, WORKBOOK_RELS, SHARED_STRINGS, STYLES].includes(entry.name) || SHEET_PATH.test(entry.name),
  });
  const path = firstSheetPath(parts);
  const sheet = path ? parts[path] : undefined;
  if (!sheet) return 'no-sheet';
  const xml = Buffer.from(sheet.buffer, sheet.byteOffset, sheet.byteLength);
  const rowsWithValues = countRowsWithValues(xml);
  if (rowsWithValues > maxRows) return { archive: null, rowsWithValues, errorResults: new Map() };
  // Shared strings and relations before the sheet: otherwise exceljs parks the sheet in a temporary file.
  const ordered: Record<string, Uint8Array> = {
    [WORKBOOK_RELS]: parts[WORKBOOK_RELS] ?? strToU8(EMPTY_RELS),
    ...(parts[WORKBOOK] ? { [WORKBOOK]: parts[WORKBOOK] } : {}),
    [SHARED_STRINGS]: parts[SHARED_STRINGS] ?? strToU8(EMPTY_STRINGS),
    ...(parts[STYLES] ? { [STYLES]: parts[STYLES] } : {}),
    [READER_SHEET]: sheet,
  };
  return { archive: zipSync(ordered, { level: 0 }), rowsWithValues, errorResults: errorResults(xml) };
}
