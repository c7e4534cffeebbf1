import { tableFromIPC } from 'apache-arrow';
import { parquetReadObjects } from 'hyparquet';
import request from 'supertest';
import type { E2eApi } from './e2e-app';

/** The raw bytes of a response, whatever its content type. */
export async function getBytes(api: E2eApi, path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string>; body: Buffer }> {
  const response = await request(api.server)
    .get(path)
    .set(headers)
    .buffer(true)
    .parse((res, callback) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => callback(null, Buffer.concat(chunks)));
    });
  return { status: response.status, headers: response.headers as Record<string, string>, body: response.body as Buffer };
}

/** An RFC 4180 reader (quoted fields, doubled quotes, LF or CRLF line ends), for reading our CSV back. */
export function parseCsv(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (quoted || (ch !== delimiter && ch !== '\n' && !(ch === '\r' && text[i + 1] === '\n'))) {
      field += ch;
    } else if (ch === delimiter) {
      endField();
    } else {
      endField();
      rows.push(row);
      row = [];
      if (ch === '\r') i++;
    }
  }
  if (field !== '' || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}

/** CSV rows as objects keyed by the header. */
export function csvObjects(text: string, delimiter: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text, delimiter);
  return rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i]!])));
}

/** An Arrow IPC stream read with apache-arrow, as plain objects. */
export function arrowObjects(bytes: Buffer): { fields: string[]; rows: Record<string, unknown>[] } {
  const table = tableFromIPC(bytes);
  return { fields: table.schema.fields.map((f) => f.name), rows: table.toArray().map((row) => row.toJSON() as Record<string, unknown>) };
}

/** A Parquet file read with hyparquet, as plain objects. */
export async function parquetObjects(bytes: Buffer): Promise<Record<string, unknown>[]> {
  const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  return parquetReadObjects({ file });
}
