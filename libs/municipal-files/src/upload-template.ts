import { Workbook } from 'exceljs';
import { csvLine } from './template-csv-line';
import { ColumnSpec, KIND_FORMATS, KindFormat } from './municipal-formats';
import type { SpecifiedUploadKind } from '@koers/indicators';

/** The `bron` of a template's example row: loading the template unchanged gives figures labelled voorbeelddata. */
export const TEMPLATE_BRON = 'VOORBEELDDATA — sjabloon: vervang deze rij door uw eigen cijfers';

export type TemplateFormat = 'csv' | 'xlsx';

export function templateFileName(kind: SpecifiedUploadKind, format: TemplateFormat): string {
  return `${kind}-sjabloon.${format}`;
}

export function templateContentType(format: TemplateFormat): string {
  return format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
}

function exampleOf(spec: ColumnSpec): string {
  if (spec.name === 'bron') return TEMPLATE_BRON;
  if (spec.name === 'opmerking') return 'Voorbeeldrij uit het sjabloon';
  return spec.example;
}

/** Header and one example row, UTF-8 with a byte-order mark so Excel shows ë and é right. */
export function templateCsv(kind: SpecifiedUploadKind): Uint8Array {
  const format = KIND_FORMATS[kind];
  const text = `\ufeff${csvLine(format.columns.map((spec) => spec.name))}\r\n${csvLine(format.columns.map(exampleOf))}\r\n`;
  return new TextEncoder().encode(text);
}

function exampleCell(spec: ColumnSpec): string | number | Date | null {
  const example = exampleOf(spec);
  if (example === '') return null;
  if (spec.type === 'integer' || spec.type === 'decimal' || spec.type === 'year') return Number(example);
  if (spec.type === 'date') return new Date(`${example}T00:00:00Z`);
  return example;
}

const TYPE_LABELS: Readonly<Record<ColumnSpec['type'], string>> = {
  date: 'datum JJJJ-MM-DD',
  year: 'jaar JJJJ',
  period: 'CBS-periodecode',
  municipality: 'gemeentecode',
  area: 'wijk-/buurtcode',
  selection: 'code uit lijst',
  integer: 'geheel getal',
  decimal: 'getal',
  text: 'tekst',
};

function addExplanation(workbook: Workbook, format: KindFormat): void {
  const sheet = workbook.addWorksheet('Toelichting');
  sheet.columns = [{ width: 28 }, { width: 10 }, { width: 20 }, { width: 70 }, { width: 70 }];
  sheet.addRow(['kolom', 'verplicht', 'soort', 'uitleg', 'explanation']).font = { bold: true };
  for (const spec of format.columns) {
    const allowed = spec.allowed ? ` (${spec.allowed.join(', ')})` : '';
    sheet.addRow([
      spec.name,
      spec.required ? 'ja' : 'nee',
      TYPE_LABELS[spec.type],
      `${spec.description.nl}${allowed}`,
      `${spec.description.en}${allowed}`,
    ]);
  }
  sheet.addRow([]);
  for (const line of [
    'Alleen het eerste werkblad wordt gelezen, met één kopregel. Formules worden niet uitgerekend: de opgeslagen uitkomst telt.',
    'Getallen: 1234, 1.234,5 (Nederlands) of 1234.5 (internationaal). "1.234" is in een kolom met gehele getallen 1234; in een m²-kolom is het dubbelzinnig en wordt het afgewezen.',
    'Ontbrekend: laat de cel leeg of schrijf ".", "x" of "-". Dat wordt opgeslagen als ontbrekend, nooit als 0.',
    'Eén fout in het bestand en er wordt niets geladen; u krijgt alle problemen tegelijk te zien.',
  ])
    sheet.addRow([line]);
}

/** First sheet: header (with a note per column) and one example row; second sheet: what every column means. */
export async function templateXlsx(kind: SpecifiedUploadKind): Promise<Uint8Array> {
  const format = KIND_FORMATS[kind];
  const workbook = new Workbook();
  workbook.creator = 'Koers';
  workbook.created = new Date('2025-01-01T00:00:00Z');
  workbook.modified = workbook.created;
  const sheet = workbook.addWorksheet('Gegevens');
  sheet.columns = format.columns.map((spec) => ({
    width: Math.max(14, spec.name.length + 4),
    style: spec.type === 'date' ? { numFmt: 'yyyy-mm-dd' } : {},
  }));
  const header = sheet.addRow(format.columns.map((spec) => spec.name));
  header.font = { bold: true };
  format.columns.forEach((spec, index) => {
    header.getCell(index + 1).note = `${spec.description.nl}${spec.required ? '' : ' (optioneel)'}`;
  });
  sheet.addRow(format.columns.map(exampleCell));
  addExplanation(workbook, format);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
