import { DataType, type Field, type Timestamp, tableFromIPC } from 'apache-arrow';
import { parquetMetadata, parquetSchema } from 'hyparquet';
import { readParquet } from 'parquet-wasm/node';
import request from 'supertest';
import { E2eApi, startE2eApi } from '../test-support/e2e-app';
import { getBytes, parquetObjects } from '../test-support/read-downloads';

type Row = Record<string, unknown>;

describe('the Parquet download under two readers', () => {
  let api: E2eApi;
  let bytes: Buffer;
  let json: Row[];
  beforeAll(async () => {
    api = await startE2eApi();
    bytes = (await getBytes(api, '/api/v1/downloads/observations.parquet')).body;
    json = (await request(api.server).get('/api/v1/downloads/observations.json').expect(200)).body as Row[];
  });
  afterAll(() => api.close());

  it('should mark published_at as a UTC instant (isAdjustedToUTC) when the footer is read with hyparquet', () => {
    const metadata = parquetMetadata(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const publishedAt = parquetSchema(metadata).children.find((child) => child.element.name === 'published_at')!.element;
    expect(publishedAt.logical_type).toEqual({ type: 'TIMESTAMP', isAdjustedToUTC: true, unit: 'MILLIS' });
  });

  it('should read a UTC timestamp and the same values with a second reader, the Rust parquet crate in parquet-wasm', async () => {
    const table = tableFromIPC(readParquet(new Uint8Array(bytes)).intoIPCStream());
    const field = table.schema.fields.find((f: Field) => f.name === 'published_at')!;
    expect(DataType.isTimestamp(field.type)).toBe(true);
    // A timestamp with a time zone is an instant; without one it would be a wall-clock time in no zone.
    expect(['UTC', '+00:00']).toContain((field.type as Timestamp).timezone);
    const second = table.toArray().map((row) => row.toJSON() as Row);
    const first = await parquetObjects(bytes);
    expect(second).toHaveLength(json.length);
    const instant = (value: unknown) => new Date(Number(value instanceof Date ? value.getTime() : value)).toISOString();
    expect(second.map((row) => instant(row.published_at))).toEqual(json.map((row) => row.published_at));
    expect(first.map((row) => instant(row.published_at))).toEqual(json.map((row) => row.published_at));
    expect(second.map((row) => [row.measure, row.region, row.period, row.value, row.dimensions])).toEqual(
      json.map((row) => [row.measure, row.region, row.period, row.value, row.dimensions]),
    );
  });
});
