import type { StagedObservation } from './observation-writer';

/** One field in PostgreSQL's COPY text format: `\N` for NULL, and backslash, tab and line breaks escaped. */
export function copyField(value: string | number | null): string {
  if (value === null) return '\\N';
  if (typeof value === 'number') return String(value);
  return value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

/** One row in COPY text format, newline-terminated. */
export function copyRow(fields: readonly (string | number | null)[]): string {
  return fields.map(copyField).join('\t') + '\n';
}

/**
 * Figures as COPY text, in the column order both writers use (measure, region, period code, start and end, value,
 * missing reason, status), each followed by `trailing` (the columns the same for the whole load, if any).
 */
export function observationCopyText(rows: readonly StagedObservation[], trailing: readonly (string | number | null)[] = []): string {
  let text = '';
  for (const row of rows) {
    text += copyRow([
      row.measureId,
      row.regionCode,
      row.periodCode,
      row.periodStart,
      row.periodEnd,
      row.value,
      row.missingReason,
      row.status,
      ...trailing,
    ]);
  }
  return text;
}
