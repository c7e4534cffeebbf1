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
