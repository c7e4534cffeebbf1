import { tableFromIPC } from 'apache-arrow';
import { parquetReadObjects } from 'hyparquet';
import request from 'supertest';
import type { E2eApi } from './e2e-app';

export { csvObjects, parseCsv } from '@koers/api-contracts/testing';

/** The raw bytes of a response, whatever its content type. */
export async function getBytes(
  api: E2eApi,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, string>; body: Buffer }> {
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
