/** What a test reads of a parameter's schema in the OpenAPI document the API serves. */
export interface ParameterSchema {
  readonly type?: string;
  readonly enum?: readonly unknown[];
  readonly example?: unknown;
  readonly default?: unknown;
  readonly pattern?: string;
  readonly format?: string;
  readonly minimum?: number;
  readonly maximum?: number;
}

export interface OperationParameter {
  readonly name: string;
  readonly in: 'path' | 'query';
  readonly required: boolean;
  readonly schema: ParameterSchema;
}

/** One GET operation: its path template under the server (`/api/v1/etl/runs/{id}`) and its path and query parameters. */
export interface GetOperation {
  readonly path: string;
  readonly parameters: readonly OperationParameter[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parameterOf(raw: unknown): OperationParameter | null {
  if (!isRecord(raw) || typeof raw['name'] !== 'string' || (raw['in'] !== 'path' && raw['in'] !== 'query')) return null;
  return {
    name: raw['name'],
    in: raw['in'],
    required: raw['required'] === true,
    schema: isRecord(raw['schema']) ? (raw['schema'] as ParameterSchema) : {},
  };
}

/** The path of the document's first server (`/api/v1`), which every path of the document is under. */
export function serverPathOf(document: Record<string, unknown>): string {
  const servers = document['servers'];
  const first: unknown = Array.isArray(servers) ? servers[0] : undefined;
  if (!isRecord(first) || typeof first['url'] !== 'string') throw new Error('not an OpenAPI document: no servers');
  return new URL(first['url'], 'http://localhost').pathname.replace(/\/$/, '');
}

/** Every GET operation of an OpenAPI 3 document, with the parameters it declares (headers and cookies left out). */
export function getOperationsOf(document: unknown): GetOperation[] {
  if (!isRecord(document) || !isRecord(document['paths'])) throw new Error('not an OpenAPI document: no paths');
  const base = serverPathOf(document);
  return Object.entries(document['paths']).flatMap(([relative, item]) => {
    const path = `${base}${relative}`;
    if (!isRecord(item) || !isRecord(item['get'])) return [];
    const declared = Array.isArray(item['get']['parameters']) ? item['get']['parameters'] : [];
    const parameters = declared.map(parameterOf).filter((parameter): parameter is OperationParameter => parameter !== null);
    return [{ path, parameters }];
  });
}
