import { isBroken, readIsoDate, readNumber, readText, readYear } from './cell-value.parser';
import { cellText, fileIssue } from './file-issue';
import { ColumnSpec, KindFormat } from './municipal-formats';
import { parseUploadPeriod, periodOfDay, periodOfYear } from './municipal-period';
import { FigureValue, FileIssue, PeriodSpan, RawCell, RawRow } from './municipal.types';

export interface RowContext {
  readonly file: string;
  readonly format: KindFormat;
  readonly columns: ReadonlyMap<string, number>;
  /** Cells in the header row: a data row with more (non-empty) cells has a separator too many. */
  readonly headerWidth: number;
  /** Today in the municipality's time zone, YYYY-MM-DD: later dates are in the future. */
  readonly today: string;
}

/** A row as far as it could be read; fields that could not be read are null and have an issue. */
export interface RowRead {
  readonly rowNumber: number;
  readonly period: PeriodSpan | null;
  readonly municipality: string | null;
  readonly area: string | null;
  readonly selection: string | null;
  readonly figures: ReadonlyMap<string, FigureValue>;
  readonly bron: string | null;
  readonly issues: readonly FileIssue[];
}

/** Reads the cells of one row by column name, collecting an issue for every cell that is wrong. */
class RowReader {
  readonly issues: FileIssue[] = [];

  constructor(
    readonly row: RawRow,
    readonly ctx: RowContext,
  ) {}

  has(column: string): boolean {
    return this.ctx.columns.has(column);
  }

  cell(column: string): RawCell {
    const index = this.ctx.columns.get(column);
    return index === undefined ? null : (this.row.cells[index] ?? null);
  }

  issue(code: FileIssue['code'], column: string | null, message: string, messageEn: string, value?: string | null): null {
    const shown = value !== undefined ? value : column === null ? null : cellText(this.cell(column));
    this.issues.push(fileIssue(code, { file: this.ctx.file, row: this.row.rowNumber, column, value: shown }, message, messageEn));
    return null;
  }

  filled(column: string): boolean {
    const cell = this.cell(column);
    return cell !== null && !(typeof cell === 'string' && cell.trim() === '');
  }

  /** A key cell: present and not broken, else an issue; returns the cell or undefined. */
  required(column: string): RawCell | undefined {
    if (!this.has(column)) return undefined;
    const cell = this.cell(column);
    if (isBroken(cell)) return this.broken(column, cell) ?? undefined;
    if (!this.filled(column)) {
      this.issue(
        'REQUIRED_VALUE',
        column,
        `"${column}" is leeg; deze kolom moet in elke rij gevuld zijn.`,
        `"${column}" is empty; this column needs a value in every row.`,
      );
      return undefined;
    }
    return cell;
  }

  broken(column: string, cell: RawCell): null {
    if (!isBroken(cell)) return null;
    return cell.broken === 'formula-without-result'
      ? this.issue(
          'FORMULA_WITHOUT_RESULT',
          column,
          'Formule zonder opgeslagen uitkomst; formules worden niet uitgerekend. Plak de waarde (Plakken speciaal → Waarden).',
          'Formula without a stored result; formulas are not evaluated. Paste the value instead (Paste special → Values).',
        )
      : this.issue('ERROR_VALUE', column, `De cel bevat de foutwaarde ${cell.text}.`, `The cell holds the error value ${cell.text}.`);
  }

  date(column: string): string | null {
    const cell = this.required(column);
    if (cell === undefined) return null;
    const date = readIsoDate(cell);
    if (date === null)
      return this.issue(
        'INVALID_DATE',
        column,
        'Geen geldige datum; schrijf JJJJ-MM-DD, bv. 2024-01-01.',
        'Not a valid date; write YYYY-MM-DD, e.g. 2024-01-01.',
      );
    if (date > this.ctx.today)
      return this.issue('FUTURE_DATE', column, `De datum ${date} ligt in de toekomst.`, `The date ${date} is in the future.`);
    return date;
  }

  year(column: string): number | null {
    const cell = this.required(column);
    if (cell === undefined) return null;
    const year = readYear(cell);
    if (year === null)
      return this.issue(
        'INVALID_YEAR',
        column,
        'Geen geldig jaar; schrijf vier cijfers, bv. 2024.',
        'Not a valid year; write four digits, e.g. 2024.',
      );
    if (year > Number(this.ctx.today.slice(0, 4)))
      return this.issue('FUTURE_DATE', column, `Het jaar ${year} ligt in de toekomst.`, `The year ${year} is in the future.`);
    return year;
  }

  period(column: string): PeriodSpan | null {
    const cell = this.required(column);
    if (cell === undefined) return null;
    const period = typeof cell === 'string' ? parseUploadPeriod(cell) : null;
    if (period === null) {
      return this.issue(
        'INVALID_PERIOD',
        column,
        'Geen CBS-periodecode; schrijf bv. 2024JJ00 (jaar), 2024KW02 (kwartaal) of 2024MM06 (maand).',
        'Not a CBS period code; write e.g. 2024JJ00 (year), 2024KW02 (quarter) or 2024MM06 (month).',
      );
    }
    if (period.start > this.ctx.today)
      return this.issue(
        'FUTURE_DATE',
        column,
        `De periode ${period.code} ligt in de toekomst.`,
        `The period ${period.code} is in the future.`,
      );
    return period;
  }

  municipality(column: string): string | null {
    const cell = this.required(column);
    if (cell === undefined) return null;
    const code = (readText(cell) ?? '').toUpperCase();
    if (/^GM\d{4}$/.test(code)) return code;
    return this.issue(
      'INVALID_REGION_CODE',
      column,
      'Geen CBS-gemeentecode; schrijf GM gevolgd door vier cijfers, bv. GM0106.',
      'Not a CBS municipality code; write GM and four digits, e.g. GM0106.',
    );
  }

  area(column: string, municipality: string | null): string | null {
    const cell = this.cell(column);
    if (isBroken(cell)) return this.broken(column, cell);
    const text = readText(cell);
    if (text === null) return null;
    const code = text.toUpperCase();
    if (!/^(WK\d{6}|BU\d{8})$/.test(code)) {
      return this.issue(
        'INVALID_REGION_CODE',
        column,
        'Geen CBS-wijk- of buurtcode; schrijf bv. WK010601 of BU01060101, of laat leeg voor de hele gemeente.',
        'Not a CBS district or neighbourhood code; write e.g. WK010601 or BU01060101, or leave empty for the whole municipality.',
      );
    }
    if (municipality !== null && code.slice(2, 6) !== municipality.slice(2)) {
      return this.issue(
        'REGION_OUTSIDE_MUNICIPALITY',
        column,
        `${code} ligt niet in gemeente ${municipality}.`,
        `${code} is not within municipality ${municipality}.`,
      );
    }
    return code;
  }

  selection(spec: ColumnSpec): string | null {
    const cell = this.required(spec.name);
    if (cell === undefined) return null;
    const text = (readText(cell) ?? '').toLowerCase();
    const match = spec.allowed?.find((allowed) => allowed.toLowerCase() === text);
    if (match !== undefined) return match;
    const allowed = (spec.allowed ?? []).join(', ');
    return this.issue(
      'INVALID_CODE',
      spec.name,
      `Onbekende waarde voor "${spec.name}"; toegestaan: ${allowed}.`,
      `Unknown value for "${spec.name}"; allowed: ${allowed}.`,
    );
  }

  figure(spec: ColumnSpec): FigureValue | null {
    const whole = spec.type === 'integer';
    const read = readNumber(this.cell(spec.name), whole);
    switch (read.kind) {
      case 'missing':
        return { missing: read.token };
      case 'broken':
        return this.broken(spec.name, read.cell);
      case 'invalid':
        return this.issue(
          'INVALID_NUMBER',
          spec.name,
          'Geen getal. Schrijf bv. 1234, 1.234,5 of 1234.5; ontbrekend: leeg, ".", "x" of "-".',
          'Not a number. Write e.g. 1234, 1.234,5 or 1234.5; missing: empty, ".", "x" or "-".',
        );
      case 'ambiguous':
        return this.issue(
          'AMBIGUOUS_NUMBER',
          spec.name,
          `Dubbelzinnig getal: ${read.asThousands} of ${read.asDecimal}? Schrijf ${read.asThousands} of ${String(read.asDecimal).replace('.', ',')} zonder scheidingsteken voor duizendtallen.`,
          `Ambiguous number: ${read.asThousands} or ${read.asDecimal}? Write ${read.asThousands} or ${read.asDecimal} without a thousands separator.`,
        );
      case 'number':
        if (read.value < 0)
          return this.issue('NEGATIVE_VALUE', spec.name, `"${spec.name}" kan niet negatief zijn.`, `"${spec.name}" cannot be negative.`);
        if (whole && !Number.isInteger(read.value))
          return this.issue(
            'NOT_WHOLE_NUMBER',
            spec.name,
            `"${spec.name}" moet een geheel getal zijn.`,
            `"${spec.name}" must be a whole number.`,
          );
        return { value: read.value };
      default: {
        const unknown: never = read;
        throw new Error(`Unhandled number read ${JSON.stringify(unknown)}`);
      }
    }
  }

  extraFields(): void {
    const extra = this.row.cells
      .slice(this.ctx.headerWidth)
      .map(cellText)
      .filter((text) => text !== null && text.trim() !== '');
    if (extra.length > 0)
      this.issue(
        'CSV_EXTRA_FIELDS',
        null,
        `De rij heeft meer cellen dan de kopregel (${extra.join(' | ')}); staat er een scheidingsteken te veel?`,
        `The row has more cells than the header (${extra.join(' | ')}); is there a separator too many?`,
        extra.join(' | '),
      );
  }
}

function periodOf(reader: RowReader): PeriodSpan | null {
  const kind = reader.ctx.format.kind;
  switch (kind) {
    case 'vacancy': {
      const day = reader.date('peildatum');
      return day === null ? null : periodOfDay(day);
    }
    case 'employment': {
      const year = reader.year('jaar');
      const day = reader.filled('peildatum') ? reader.date('peildatum') : null;
      if (year === null) return null;
      if (day === null) return periodOfYear(year);
      if (Number(day.slice(0, 4)) !== year)
        return reader.issue(
          'PEILDATUM_OUTSIDE_YEAR',
          'peildatum',
          `De peildatum ${day} ligt niet in het jaar ${year}.`,
          `The peildatum ${day} is not in the year ${year}.`,
        );
      return { code: `${year}JJ00`, start: day, end: day };
    }
    case 'jobseekers':
      return reader.period('periode');
    default: {
      const unknown: never = kind;
      throw new Error(`Unhandled kind ${String(unknown)}`);
    }
  }
}

/** Reads one data row of the given format: every column the header has, every problem listed. */
export function readRow(row: RawRow, ctx: RowContext): RowRead {
  const reader = new RowReader(row, ctx);
  const period = periodOf(reader);
  const municipality = reader.municipality('gemeentecode');
  const area = reader.has('gebiedscode') ? reader.area('gebiedscode', municipality) : null;
  const selectionSpec = ctx.format.columns.find((spec) => spec.name === ctx.format.selection)!;
  const selection = reader.has(selectionSpec.name) ? reader.selection(selectionSpec) : null;
  const figures = new Map<string, FigureValue>();
  for (const spec of ctx.format.columns) {
    if ((spec.type !== 'integer' && spec.type !== 'decimal') || !reader.has(spec.name)) continue;
    const figure = reader.figure(spec);
    if (figure !== null) figures.set(spec.name, figure);
  }
  const bronCell = reader.required('bron');
  const bron = bronCell === undefined ? null : readText(bronCell);
  if (reader.has('opmerking')) reader.broken('opmerking', reader.cell('opmerking'));
  reader.extraFields();
  return { rowNumber: row.rowNumber, period, municipality, area, selection, figures, bron, issues: reader.issues };
}
