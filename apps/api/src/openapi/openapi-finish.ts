import type { OpenAPIObject } from '@nestjs/swagger';
import { CONTRACT_SCHEMAS, type ContractSchemaName } from '@koers/api-contracts/schemas';
import { API_VERSION, API_VERSION_HEADER } from '../api-version';
import { PROBLEM_MEDIA_TYPE, type ProblemStatus, PROBLEM_TITLES } from '../common/problem-details';
import { UNTHROTTLED, schemaRef } from './documented.decorators';

type Json = Record<string, unknown>;

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;
const WRITES = new Set(['put', 'post', 'delete', 'patch']);

/** The statuses every operation may answer, with the codes behind them (raised outside the feature modules). */
const COMMON_CODES: Readonly<Partial<Record<ProblemStatus, string>>> = {
  400: 'INVALID_PARAMETER, BAD_REQUEST',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'TOO_MANY_REQUESTS (met Retry-After / with Retry-After)',
  500: 'INTERNAL_ERROR',
};

function record(value: unknown): Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {};
}

function titleOf(status: number): string {
  const title = (PROBLEM_TITLES as Readonly<Record<number, { nl: string; en: string }>>)[status];
  return title ? `${title.nl} / ${title.en}` : `HTTP ${status}`;
}

/**
 * The statuses that hold for this operation because of what it is (parameters, a body, the rate limit). The body
 * readers run before every route, so any request that sends a body too large or unreadable gets 413 or 415.
 */
function commonStatuses(method: string, operation: Json): ProblemStatus[] {
  const hasParameters =
    Array.isArray(operation['parameters']) && operation['parameters'].some((p) => ['query', 'path'].includes(String(record(p)['in'])));
  const statuses: ProblemStatus[] = [];
  if (hasParameters || operation['requestBody'] !== undefined || WRITES.has(method)) statuses.push(400);
  statuses.push(413, 415);
  if (operation[UNTHROTTLED] !== true) statuses.push(429);
  statuses.push(500);
  return statuses;
}

/** A success (2xx/3xx) carries API-Version (and ETag when the operation answers 304); an error is a problem. */
function finishResponse(status: number, response: Json, conditional: boolean): Json {
  if (status < 400) {
    const headers: Json = { ...record(response['headers']), [API_VERSION_HEADER]: { $ref: `#/components/headers/${API_VERSION_HEADER}` } };
    if (conditional && status < 300) headers['ETag'] = { $ref: '#/components/headers/ETag' };
    return { ...response, headers };
  }
  const given = record(response['content']);
  const schema = record(given[PROBLEM_MEDIA_TYPE])['schema'] ?? schemaRef('ApiProblem');
  const description = `${titleOf(status)}${response['description'] ? `. ${String(response['description'])}` : ''}`;
  const headers = status === 429 || status === 503 ? { headers: { 'Retry-After': { $ref: '#/components/headers/Retry-After' } } } : {};
  return { ...response, description, content: { [PROBLEM_MEDIA_TYPE]: { schema } }, ...headers };
}

function finishOperation(method: string, operation: Json): Json {
  const responses = { ...record(operation['responses']) };
  for (const status of commonStatuses(method, operation)) {
    responses[String(status)] ??= { description: `\`code\`: ${COMMON_CODES[status] ?? ''}` };
  }
  const conditional = responses['304'] !== undefined;
  const finished = Object.fromEntries(
    Object.entries(responses)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([status, response]) => [status, finishResponse(Number(status), record(response), conditional)]),
  );
  const { [UNTHROTTLED]: _unthrottled, ...rest } = operation;
  // Reading is public: an operation without a key says so (an empty requirement) rather than nothing.
  return { ...rest, security: operation['security'] ?? [], responses: finished };
}

/** Every schema a value refers to, and those they refer to, by name. */
function referencedSchemas(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => referencedSchemas(item, found));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, inner] of Object.entries(value)) {
      const name = key === '$ref' && typeof inner === 'string' && inner.startsWith('#/components/schemas/') ? inner.slice(21) : null;
      if (name !== null && !found.has(name) && name in CONTRACT_SCHEMAS) {
        found.add(name);
        referencedSchemas(CONTRACT_SCHEMAS[name as ContractSchemaName], found);
      } else referencedSchemas(inner, found);
    }
  }
  return found;
}

const HEADERS = {
  [API_VERSION_HEADER]: {
    description: 'De volledige versie van de API / the full version of the API (NL API Design Rules /core/version-header)',
    schema: { type: 'string', pattern: '^\\d+\\.\\d+\\.\\d+$', example: API_VERSION },
  },
  ETag: { description: 'De versie van de gegevens in dit antwoord / the version of the data in this answer', schema: { type: 'string' } },
  'Retry-After': {
    description: 'Seconden tot een nieuwe poging zin heeft / seconds until trying again makes sense',
    schema: { type: 'integer', minimum: 0 },
  },
};

/**
 * The document Nest builds from the decorators, completed with what holds for every operation: the API-Version
 * header on every success, 400 where there is input, 413 and 415 (a body the readers refuse), 429 where the rate
 * limit applies, 500 everywhere, every error as `application/problem+json`, and the schemas of the contract types the
 * operations name (generated from libs/api-contracts).
 */
export function finishDocument(document: OpenAPIObject): OpenAPIObject {
  const paths = Object.fromEntries(
    Object.entries(document.paths).map(([path, item]) => [
      path,
      Object.fromEntries(
        Object.entries(record(item)).map(([key, value]) => [
          key,
          (METHODS as readonly string[]).includes(key) ? finishOperation(key, record(value)) : value,
        ]),
      ),
    ]),
  );
  const components = record(document.components);
  const contractSchemas = Object.fromEntries(
    [...referencedSchemas(paths)].sort().map((name) => [name, CONTRACT_SCHEMAS[name as ContractSchemaName]]),
  );
  return {
    ...document,
    paths,
    components: { ...components, schemas: { ...record(components['schemas']), ...contractSchemas }, headers: HEADERS },
  } as OpenAPIObject;
}
