import { fileIssue } from './file-issue';
import { valueColumns, KindFormat } from './municipal-formats';
import { FigureValue, FileIssue } from './municipal.types';
import { RowRead } from './row.schema';

function numberOf(figure: FigureValue | undefined): number | null {
  return figure !== undefined && 'value' in figure ? figure.value : null;
}

/** `a > b` beyond rounding noise (m² may carry decimals). */
function exceeds(a: number, b: number): boolean {
  return a - b > 1e-9;
}

function figureIssue(
  file: string,
  row: RowRead,
  code: FileIssue['code'],
  column: string,
  value: number,
  nl: string,
  en: string,
): FileIssue {
  return fileIssue(code, { file, row: row.rowNumber, column, value: String(value) }, nl, en);
}

/** Rules within one row: a part never exceeds its whole, and full-time plus part-time jobs make the total. */
export function rowConsistency(kind: KindFormat['kind'], row: RowRead, file: string): FileIssue[] {
  const get = (column: string) => numberOf(row.figures.get(column));
  const issues: FileIssue[] = [];
  const partOfWhole = (part: string, whole: string, code: 'VACANT_EXCEEDS_TOTAL' | 'LONG_VACANT_EXCEEDS_VACANT') => {
    const p = get(part);
    const w = get(whole);
    if (p !== null && w !== null && exceeds(p, w)) {
      issues.push(
        figureIssue(
          file,
          row,
          code,
          part,
          p,
          `"${part}" (${p}) is groter dan "${whole}" (${w}).`,
          `"${part}" (${p}) exceeds "${whole}" (${w}).`,
        ),
      );
    }
  };
  switch (kind) {
    case 'vacancy':
      partOfWhole('objecten_leeg', 'objecten_totaal', 'VACANT_EXCEEDS_TOTAL');
      partOfWhole('m2_leeg', 'm2_totaal', 'VACANT_EXCEEDS_TOTAL');
      partOfWhole('leeg_langer_dan_1_jaar_m2', 'm2_leeg', 'LONG_VACANT_EXCEEDS_VACANT');
      return issues;
    case 'employment': {
      const [total, full, part] = [get('banen_totaal'), get('banen_voltijd'), get('banen_deeltijd')];
      if (total !== null && full !== null && part !== null && full + part !== total) {
        issues.push(
          figureIssue(
            file,
            row,
            'FULL_PART_TIME_MISMATCH',
            'banen_totaal',
            total,
            `banen_voltijd + banen_deeltijd = ${full} + ${part} = ${full + part}, maar banen_totaal is ${total}.`,
            `banen_voltijd + banen_deeltijd = ${full} + ${part} = ${full + part}, but banen_totaal is ${total}.`,
          ),
        );
      }
      return issues;
    }
    case 'jobseekers':
      return issues;
    default: {
      const unknown: never = kind;
      throw new Error(`Unhandled kind ${String(unknown)}`);
    }
  }
}

function regionOf(row: RowRead): string | null {
  return row.area ?? row.municipality;
}

/** One figure per period, area and selection: a second row with the same key is an issue naming the first. */
export function duplicateKeys(format: KindFormat, rows: readonly RowRead[], file: string): FileIssue[] {
  const first = new Map<string, RowRead>();
  const issues: FileIssue[] = [];
  for (const row of rows) {
    const region = regionOf(row);
    if (row.period === null || region === null || row.selection === null) continue;
    const key = `${row.period.code}|${region}|${row.selection}`;
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, row);
      continue;
    }
    const what = `${row.period.code}, ${region}, ${format.selection} ${row.selection}`;
    const sameYear = format.kind === 'vacancy' && earlier.period?.start !== row.period.start ? ' (één peildatum per jaar)' : '';
    const sameYearEn = sameYear ? ' (one peildatum per year)' : '';
    issues.push(
      fileIssue(
        'DUPLICATE_KEY',
        { file, row: row.rowNumber, column: format.selection, value: row.selection },
        `Dubbele rij: ${what} staat ook in rij ${earlier.rowNumber}${sameYear}.`,
        `Duplicate row: ${what} is also in row ${earlier.rowNumber}${sameYearEn}.`,
      ),
    );
  }
  return issues;
}

/** Employment: per year and area, the SBI sections together cannot exceed TOTAAL, in any value column. */
export function sectionsWithinTotal(format: KindFormat, rows: readonly RowRead[], file: string): FileIssue[] {
  if (format.kind !== 'employment') return [];
  const groups = new Map<string, { total?: RowRead; sections: RowRead[] }>();
  for (const row of rows) {
    const region = regionOf(row);
    if (row.period === null || region === null || row.selection === null) continue;
    const key = `${row.period.code}|${region}`;
    const group = groups.get(key) ?? { sections: [] };
    if (row.selection === 'TOTAAL') group.total = group.total ?? row;
    else group.sections.push(row);
    groups.set(key, group);
  }
  const issues: FileIssue[] = [];
  for (const { total, sections } of groups.values()) {
    if (!total) continue;
    for (const spec of valueColumns(format)) {
      const whole = numberOf(total.figures.get(spec.name));
      const sum = sections.reduce((acc, row) => acc + (numberOf(row.figures.get(spec.name)) ?? 0), 0);
      if (whole === null || !exceeds(sum, whole)) continue;
      issues.push(
        figureIssue(
          file,
          total,
          'SECTIONS_EXCEED_TOTAL',
          spec.name,
          whole,
          `De SBI-secties samen (${sum}) zijn meer dan TOTAAL (${whole}) voor "${spec.name}" in ${total.period?.code} (rijen ${sections.map((r) => r.rowNumber).join(', ')}).`,
          `The SBI sections together (${sum}) exceed TOTAAL (${whole}) for "${spec.name}" in ${total.period?.code} (rows ${sections.map((r) => r.rowNumber).join(', ')}).`,
        ),
      );
    }
  }
  return issues;
}

/** `bron` starting with VOORBEELDDATA marks illustrative figures; a file is wholly illustrative or wholly real. */
export const DEMO_MARK = /^voorbeelddata\b/i;

export function demoRows(rows: readonly RowRead[], file: string): { demo: boolean; issues: FileIssue[] } {
  const withBron = rows.filter((row) => row.bron !== null);
  const demo = withBron.filter((row) => DEMO_MARK.test(row.bron!));
  if (demo.length === 0 || demo.length === withBron.length) return { demo: demo.length > 0, issues: [] };
  const real = withBron.find((row) => !DEMO_MARK.test(row.bron!))!;
  return {
    demo: true,
    issues: [
      fileIssue(
        'MIXED_DEMO',
        { file, row: real.rowNumber, column: 'bron', value: real.bron },
        `Rij ${demo[0]!.rowNumber} is VOORBEELDDATA maar deze rij niet; een bestand is helemaal voorbeelddata of helemaal echt.`,
        `Row ${demo[0]!.rowNumber} is VOORBEELDDATA but this row is not; a file is either all illustrative or all real.`,
      ),
    ],
  };
}
