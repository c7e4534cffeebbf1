import { Workbook } from 'exceljs';

// The files bench/uploads sends: the two that were measured in issue 12 and the largest a municipality may send.

const VACANCY_HEADER = 'peildatum,gemeentecode,gebiedscode,functie,objecten_totaal,objecten_leeg,m2_totaal,m2_leeg,bron';
const FUNCTIES = ['kantoor', 'winkel', 'woning', 'bedrijf', 'overig'];

/** A vacancy header and `rows` short rows of ten bytes (`1,2,3,4,5`): 9.5 MiB for a million, all of them wrong. */
export function shortRowsCsv(rows: number): Buffer {
  return Buffer.concat([Buffer.from(`${VACANCY_HEADER}\n`), Buffer.alloc(rows * 10, '1,2,3,4,5\n')]);
}

/** `rows` valid vacancy rows of distinct keys (10,000 buurten × 5 functies × years from 2000); `bad` breaks each. */
export function vacancyCsv(rows: number, bad = false): Buffer {
  const lines = [VACANCY_HEADER];
  for (let i = 0; i < rows; i++) {
    const buurt = `BU0106${String(i % 10_000).padStart(4, '0')}`;
    lines.push(
      `${2000 + Math.floor(i / 50_000)}-01-01,GM0106,${buurt},${FUNCTIES[Math.floor(i / 10_000) % 5]},${bad ? 'veel' : 10},1,100,10,BAG`,
    );
  }
  return Buffer.from(lines.join('\n'));
}

/** An Excel workbook of `rows` vacancy rows (date cells, numbers), as exceljs writes it. */
export async function vacancyXlsx(rows: number): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('Leegstand');
  sheet.addRow(VACANCY_HEADER.split(','));
  for (let i = 0; i < rows; i++)
    sheet.addRow([
      new Date(Date.UTC(2000 + Math.floor(i / 50_000), 0, 1)),
      'GM0106',
      `BU0106${String(i % 10_000).padStart(4, '0')}`,
      FUNCTIES[Math.floor(i / 10_000) % 5],
      10,
      1,
      100,
      10,
      'BAG',
    ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The regions the valid files name: 10,000 buurten of GM0106. */
export const BUURTEN_SQL = `
  INSERT INTO region (code, name, level, parent_code) VALUES ('GM0106', 'Assen', 'gemeente', NULL) ON CONFLICT DO NOTHING;
  INSERT INTO region (code, name, level, parent_code)
  SELECT 'BU0106' || lpad(i::text, 4, '0'), 'Buurt ' || i, 'buurt', 'GM0106' FROM generate_series(0, 9999) i ON CONFLICT DO NOTHING;`;
