import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

/** The parts of an OpenAPI 3.1 document the tests read, loosely typed (they check the rest). */
export type Json = Record<string, unknown>;

export interface DocumentedOperation {
  /** The path template as the document has it, below the server (`/indicators/{id}`). */
  readonly path: string;
  readonly method: string;
  readonly operation: Json;
}

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'] as const;

export function record(value: unknown): Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {};
}

export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Every operation of the document. */
export function operationsOf(document: Json): DocumentedOperation[] {
  return Object.entries(record(document['paths'])).flatMap(([path, item]) =>
    Object.entries(record(item))
      .filter(([method]) => (HTTP_METHODS as readonly string[]).includes(method))
      .map(([method, operation]) => ({ path, method, operation: record(operation) })),
  );
}

/** Every response of every operation, with its status. */
export function responsesOf(document: Json): { readonly where: string; readonly status: number; readonly response: Json }[] {
  return operationsOf(document).flatMap(({ path, method, operation }) =>
    Object.entries(record(operation['responses'])).map(([status, response]) => ({
      where: `${method.toUpperCase()} ${path} ${status}`,
      status: Number(status),
      response: record(response),
    })),
  );
}

/**
 * Validates bodies against the schemas the document declares, with Ajv for JSON Schema 2020-12 (OpenAPI 3.1) and
 * its formats (`date`, `date-time` with a time zone).
 */
export class DocumentedSchemas {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true });
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(private readonly document: Json) {
    addFormats(this.ajv);
    this.ajv.addSchema({ $id: 'koers-openapi', components: record(document['components']) });
  }

  /** The schema the document declares for an answer of `method path` with `status` in `mediaType`, or null. */
  schemaFor(path: string, method: string, status: number, mediaType: string): Json | null {
    const response = record(record(record(record(record(this.document['paths'])[path])[method])['responses'])[String(status)]);
    const schema = record(record(response['content'])[mediaType])['schema'];
    return schema === undefined ? null : record(schema);
  }

  /** What is wrong with `body` as the documented answer (every error Ajv finds), or [] when it fits. */
  problemsOf(path: string, method: string, status: number, mediaType: string, body: unknown): string[] {
    const key = `${method} ${path} ${status} ${mediaType}`;
    let validate = this.compiled.get(key);
    if (!validate) {
      const schema = this.schemaFor(path, method, status, mediaType);
      if (schema === null) return [`${key}: no schema is documented`];
      const ref = typeof schema['$ref'] === 'string' ? { $ref: `koers-openapi${schema['$ref']}` } : schema;
      validate = this.ajv.compile(ref);
      this.compiled.set(key, validate);
    }
    if (validate(body)) return [];
    return (validate.errors ?? [])
      .slice(0, 10)
      .map((error) => `${key}: ${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)}`);
  }
}
