import { csvText } from '@koers/indicators';

/** One CSV field of a template: a number as it is, text by the one CSV text rule of Koers (`csvText`). */
export function csvField(value: string | number | null | undefined, delimiter: ',' | ';' = ','): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return csvText(value, delimiter);
}

/** One CSV line (without the line break). */
export function csvLine(values: readonly (string | number | null | undefined)[], delimiter: ',' | ';' = ','): string {
  return values.map((value) => csvField(value, delimiter)).join(delimiter);
}
