import type { Client } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import type { CsvDialect } from '../tabular/tabular.types';

// The CSV exports once let PostgreSQL write the CSV (`COPY … (FORMAT csv)`) with the formula escaping in SQL.
// The exports now write it in Node from a binary COPY; PostgreSQL's own CSV writer stays the reference they must
// match byte for byte.

/**
 * A text expression with a `'` in front when it would start a formula, written independently in SQL as the
 * reference for the one CSV text rule (guardFormula): it starts with = + - @ tab CR, and it is neither a plain
 * number nor a lone `+` or `-`.
 */
export function sqlFormulaEscaped(expression: string): string {
  const starts = `ascii(${expression}) IN (61, 43, 45, 64, 9, 13)`;
  const harmless = `(${expression} IN ('+', '-', E'\\t', E'\\r') OR ${expression} ~ '^[+-]?[0-9]+([.,][0-9]+)*$')`;
  return `CASE WHEN ${starts} AND NOT ${harmless} THEN '''' || ${expression} ELSE ${expression} END`;
}

/** A numeric as text in the dialect's decimal notation. */
export function sqlDecimalText(expression: string, dialect: CsvDialect): string {
  return dialect === 'nl' ? `replace(${expression}::text, '.', ',')` : `${expression}::text`;
}

/** `to_char` of a timestamptz as the exports write it: UTC, milliseconds, `Z`. */
export function sqlIsoTime(expression: string): string {
  return `to_char(${expression} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}

/** The bytes of a COPY, whole. */
export async function copyBytes(client: Client, sql: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of client.query(copyTo(sql))) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** PostgreSQL's own CSV of a query (header, dialect's delimiter, BOM in the Dutch dialect). */
export async function referenceCsv(client: Client, select: string, dialect: CsvDialect): Promise<Buffer> {
  const delimiter = dialect === 'nl' ? ';' : ',';
  const csv = await copyBytes(client, `COPY (${select}) TO STDOUT WITH (FORMAT csv, HEADER true, DELIMITER '${delimiter}')`);
  return dialect === 'nl' ? Buffer.concat([Buffer.from('\uFEFF'), csv]) : csv;
}
