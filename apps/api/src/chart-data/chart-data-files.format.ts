import type { ApiLanguage, ChartDataFormat, ChartDataMetadata, ChartDataRow } from '@koers/api-contracts';
import { CHART_DATA_COLUMNS } from '@koers/api-contracts';
import { Workbook } from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { csvHeader, csvLines } from '../tabular/csv.format';
import { CHART_DATA_EXPORT_COLUMNS, chartDataBatch } from './chart-data-rows.view';
import { bundleFileNames } from './chart-data-metadata.view';
import { chartDataReadme } from './chart-data-readme.view';

/** The media type of each chart-data file. */
export const CHART_DATA_MEDIA_TYPES: Readonly<Record<ChartDataFormat, string>> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  zip: 'application/zip',
};

/** The rows as CSV, in the international dialect of the bulk downloads: the same writer and the same text rules. */
export function chartDataCsv(rows: readonly ChartDataRow[]): Uint8Array {
  return strToU8(csvHeader(CHART_DATA_EXPORT_COLUMNS, 'international') + csvLines(chartDataBatch(rows), 'international'));
}

const SHEETS = {
  nl: {
    data: 'Gegevens',
    about: 'Toelichting',
    fields: ['Titel', 'Definitie', 'Eenheid', 'Bron', 'Status', 'Uitleg', 'Methode', 'Licentie', 'Naamsvermelding'],
  },
  en: {
    data: 'Data',
    about: 'About',
    fields: ['Title', 'Definition', 'Unit', 'Source', 'Status', 'Explanation', 'Method', 'Licence', 'Attribution'],
  },
} as const;

/**
 * The rows as an Excel workbook: a sheet with the figures (numbers as numbers, shown with the indicator's
 * decimals) and one that says what they are. Text goes in as text cells, never as formulas.
 */
export async function chartDataXlsx(rows: readonly ChartDataRow[], metadata: ChartDataMetadata, lang: ApiLanguage): Promise<Uint8Array> {
  const workbook = new Workbook();
  workbook.creator = 'Koers';
  workbook.created = new Date(metadata.generatedAt);
  workbook.modified = workbook.created;
  const sheet = workbook.addWorksheet(SHEETS[lang].data);
  const decimals = metadata.indicator.decimals;
  sheet.columns = CHART_DATA_COLUMNS.map((name) => ({
    header: name,
    key: name,
    width: Math.max(10, name.length + 2),
    style: name === 'value' ? { numFmt: decimals > 0 ? `0.${'0'.repeat(decimals)}` : '0' } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(CHART_DATA_COLUMNS.map((name) => row[name]));
  const about = workbook.addWorksheet(SHEETS[lang].about);
  about.columns = [{ width: 18 }, { width: 100 }];
  const { indicator, status, method, licence } = metadata;
  const values = [
    metadata.title,
    indicator.definition,
    indicator.unit,
    indicator.source,
    status.label,
    status.explanation,
    method.description,
    `${licence.title} (${licence.url})`,
    metadata.attribution,
  ];
  SHEETS[lang].fields.forEach((field, i) => (about.addRow([field, values[i]]).getCell(1).font = { bold: true }));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The bundle: the CSV, metadata.json and README.md, dated as made. */
export function chartDataZip(rows: readonly ChartDataRow[], metadata: ChartDataMetadata, baseName: string, lang: ApiLanguage): Uint8Array {
  const names = bundleFileNames(baseName);
  return zipSync(
    {
      [names.csv]: chartDataCsv(rows),
      [names.metadata]: strToU8(`${JSON.stringify(metadata, null, 2)}\n`),
      [names.readme]: strToU8(
        chartDataReadme(
          metadata,
          lang,
          rows.some((row) => row.demo),
        ),
      ),
    },
    { mtime: new Date(metadata.generatedAt) },
  );
}
