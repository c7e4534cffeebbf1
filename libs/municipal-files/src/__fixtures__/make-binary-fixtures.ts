/**
 * Writes the binary fixtures (XLSX, the zip bombs, an old .xls header, a binary "CSV", UTF-16, a NUL byte) from code, so what they
 * contain is readable here. Run from the workspace root and commit the output:
 *   node tools/scripts/run-ts.cjs libs/municipal-files/src/__fixtures__/make-binary-fixtures.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import { zipSync } from 'fflate';

const here = __dirname;
const VACANCY_HEADER = ['peildatum', 'gemeentecode', 'gebiedscode', 'functie', 'objecten_totaal', 'objecten_leeg', 'm2_totaal', 'm2_leeg', 'leeg_langer_dan_1_jaar_m2', 'bron', 'opmerking'];
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function save(workbook: Workbook, path: string): Promise<void> {
  workbook.created = day('2025-01-01');
  workbook.modified = day('2025-01-01');
  writeFileSync(join(here, path), new Uint8Array(await workbook.xlsx.writeBuffer()));
}

/** Valid: date cells, numbers, a formula with its stored result, text that looks like a formula, a second sheet. */
async function vacancyXlsx(): Promise<void> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('Leegstand');
  sheet.addRow(VACANCY_HEADER);
  sheet.addRow([day('2024-01-01'), 'GM0106', null, 'kantoor', 412, 61, 398000, { formula: 'G2*0.15', result: 59700 }, 31000, 'BAG/IMVG gemeente Assen', "=cmd|' /C calc'!A0"]);
  sheet.addRow([day('2024-01-01'), 'GM0106', null, 'winkel', 655, 74, 152300.5, 14880.25, '.', 'BAG/IMVG gemeente Assen', { richText: [{ text: 'Centrum ' }, { text: 'en wijken' }] }]);
  sheet.addRow([]);
  sheet.addRow([day('2024-01-01'), 'GM0106', null, 'bedrijf', 310, 'x', 1250000, null, null, 'BAG/IMVG gemeente Assen', null]);
  // Only the first sheet is read: this one would be rejected if it were.
  workbook.addWorksheet('Notities').addRow(['dit', 'is', 'geen', 'data', -1]);
  await save(workbook, 'ok/vacancy.xlsx');
}

/** Invalid: a formula without a stored result and an error value. */
async function formulaWithoutResult(): Promise<void> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('Leegstand');
  sheet.addRow(VACANCY_HEADER);
  sheet.addRow([day('2024-01-01'), 'GM0106', null, 'kantoor', 412, 61, 398000, { formula: 'G2*0.15' }, 31000, 'BAG/IMVG gemeente Assen', null]);
  sheet.addRow([day('2024-01-01'), 'GM0106', null, 'winkel', 655, { formula: '1/0', result: { error: '#DIV/0!' } }, 152300, 14880, null, 'BAG/IMVG gemeente Assen', null]);
  await save(workbook, 'not-ok/formula-without-result.xlsx');
}

const CONTENT_TYPES = new TextEncoder().encode('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');

/** 20 MB of zeros that deflate to about 20 KB. */
function bomb(): Uint8Array {
  return zipSync({ '[Content_Types].xml': CONTENT_TYPES, 'xl/worksheets/sheet1.xml': [new Uint8Array(20 * 1024 * 1024), { level: 9 }] });
}

/** The same bomb with its sizes declared as 1,000 bytes in the local header and in the central directory. */
function lyingBomb(): Uint8Array {
  const bytes = bomb();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i + 4 <= bytes.length; i++) {
    const signature = view.getUint32(i, true);
    if (signature === 0x04034b50 && view.getUint32(i + 22, true) > 1000) view.setUint32(i + 22, 1000, true);
    if (signature === 0x02014b50 && view.getUint32(i + 24, true) > 1000) view.setUint32(i + 24, 1000, true);
  }
  return bytes;
}

/** A valid vacancy file as Excel's "Unicode-tekst" saves it: UTF-16 little-endian with a byte-order mark. */
function utf16(): Uint8Array {
  const text = readFileSync(join(here, 'ok/vacancy-semicolon.csv'), 'utf8').replace(/^\uFEFF/, '');
  return new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
}

/** A text file with one NUL byte in its third line (byte 220), as a damaged copy has. */
function nulByte(): Uint8Array {
  const text = readFileSync(join(here, 'ok/vacancy-comma.csv'), 'utf8');
  const lines = text.split('\n');
  lines[2] = `${lines[2]!.slice(0, 10)}\u0000${lines[2]!.slice(10)}`;
  return new TextEncoder().encode(lines.join('\n'));
}

async function main(): Promise<void> {
  await vacancyXlsx();
  await formulaWithoutResult();
  writeFileSync(join(here, 'not-ok/zip-bomb.xlsx'), bomb());
  writeFileSync(join(here, 'not-ok/zip-bomb-lying-sizes.xlsx'), lyingBomb());
  // The OLE2 signature of an Excel 97–2003 workbook, then filler.
  writeFileSync(join(here, 'not-ok/legacy.xls'), new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0)]));
  // A PNG header and NUL bytes, named .csv.
  writeFileSync(join(here, 'not-ok/not-text.csv'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  writeFileSync(join(here, 'not-ok/utf16.csv'), utf16());
  writeFileSync(join(here, 'not-ok/nul-byte.csv'), nulByte());
}

void main();
