import { SourceError } from '../../source-error';

/**
 * Hand-written narrowing of JSON that arrives from CBS. Every failure is a `schema` SourceError that names the
 * table, the endpoint and the field, so a changed source shape is reported precisely and never loaded.
 */
export interface SchemaContext {
  readonly tableId?: string;
  readonly endpoint: string;
}

export type JsonRecord = Readonly<Record<string, unknown>>;

export function describeJson(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'string') return `string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${String(value)}`;
  return typeof value;
}

export function schemaError(ctx: SchemaContext, field: string, message: string): SourceError {
  const where = `CBS ${ctx.tableId ?? '(catalog)'} ${ctx.endpoint}`;
  return new SourceError('schema', 'schema-mismatch', `${where}: field "${field}" ${message}`, {
    source: 'cbs',
    tableId: ctx.tableId,
    endpoint: ctx.endpoint,
    field,
  });
}

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function asRecord(value: unknown, ctx: SchemaContext, field: string): JsonRecord {
  if (!isRecord(value)) throw schemaError(ctx, field, `expected an object, got ${describeJson(value)}`);
  return value;
}

export function asArray(value: unknown, ctx: SchemaContext, field: string): readonly unknown[] {
  if (!Array.isArray(value)) throw schemaError(ctx, field, `expected an array, got ${describeJson(value)}`);
  return value;
}

export function reqString(rec: JsonRecord, key: string, ctx: SchemaContext, path: string): string {
  const value = rec[key];
  if (typeof value !== 'string') throw schemaError(ctx, `${path}.${key}`, `expected a string, got ${describeJson(value)}`);
  return value;
}

/** Absent and null both read as null; anything else must be a string. */
export function optString(rec: JsonRecord, key: string, ctx: SchemaContext, path: string): string | null {
  const value = rec[key];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw schemaError(ctx, `${path}.${key}`, `expected a string or null, got ${describeJson(value)}`);
  return value;
}

export function reqNumber(rec: JsonRecord, key: string, ctx: SchemaContext, path: string): number {
  const value = rec[key];
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw schemaError(ctx, `${path}.${key}`, `expected a number, got ${describeJson(value)}`);
  }
  return value;
}

export function optNumber(rec: JsonRecord, key: string, ctx: SchemaContext, path: string): number | null {
  const value = rec[key];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw schemaError(ctx, `${path}.${key}`, `expected a number or null, got ${describeJson(value)}`);
  }
  return value;
}

/** Strings and numbers as text (CBS is not consistent about e.g. MapYear or ReleasePolicy); null when absent. */
export function optText(rec: JsonRecord, key: string, ctx: SchemaContext, path: string): string | null {
  const value = rec[key];
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw schemaError(ctx, `${path}.${key}`, `expected a scalar, got ${describeJson(value)}`);
}

export function reqOneOf<T extends string>(rec: JsonRecord, key: string, allowed: readonly T[], ctx: SchemaContext, path: string): T {
  const value = reqString(rec, key, ctx, path);
  const match = allowed.find((candidate) => candidate === value);
  if (match === undefined) {
    throw schemaError(ctx, `${path}.${key}`, `has unknown value ${JSON.stringify(value)} (expected one of ${allowed.join(', ')})`);
  }
  return match;
}

/** Reads `value` from a list envelope and narrows every item with `narrow`. */
export function mapItems<T>(items: readonly unknown[], ctx: SchemaContext, narrow: (item: JsonRecord, path: string) => T): T[] {
  return items.map((item, index) => {
    const path = `value[${index}]`;
    return narrow(asRecord(item, ctx, path), path);
  });
}

export interface ODataPage {
  readonly items: readonly unknown[];
  readonly nextLink: string | null;
  readonly count: number | null;
}

/** v3 (`odata.nextLink`) and v4 (`@odata.nextLink`) list envelopes. */
export function parseODataPage(body: unknown, ctx: SchemaContext, version: 'v3' | 'v4'): ODataPage {
  const envelope = asRecord(body, ctx, '(body)');
  const items = asArray(envelope['value'], ctx, 'value');
  const linkKey = version === 'v3' ? 'odata.nextLink' : '@odata.nextLink';
  const nextLink = optString(envelope, linkKey, ctx, '(body)');
  const count = version === 'v4' ? optNumber(envelope, '@odata.count', ctx, '(body)') : null;
  return { items, nextLink, count };
}
