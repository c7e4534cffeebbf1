import fc from 'fast-check';
import request from 'supertest';
import { hostileValue, plausibleValue } from './hostile-values';
import type { GetOperation, OperationParameter } from './openapi-operations';

/** One generated request: its URL as sent, and whether it carries the admin key. */
export interface FuzzRequest {
  readonly url: string;
  readonly withKey: boolean;
}

const BROKEN_ESCAPES = ['%', '%F', '%FF', '%C0%AF', '%E0%A4%A', '%zz', '%00'];
const UNDECLARED = ['x=1', 'regio=GM0106', '__proto__=1', 'constructor[prototype]=1', 'lang=en', 'lang=fr'];

function encoded(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    // A lone surrogate: send the replacement character instead.
    return encodeURIComponent(value.replace(/[\ud800-\udfff]/g, '\ufffd'));
  }
}

/** A path segment: the value encoded, or now and then an escape Express cannot decode. */
function pathSegment(value: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 8, arbitrary: value.map(encoded) },
    { weight: 1, arbitrary: fc.constantFrom(...BROKEN_ESCAPES, '%2F', '..', '%2e%2e', '') },
  );
}

/** How one query parameter is written: once, twice, as an array or object, bare, or with a broken escape. */
function queryPart(name: string, value: fc.Arbitrary<string>): fc.Arbitrary<string[]> {
  const key = encodeURIComponent(name);
  const text = value.map(encoded);
  return fc.oneof(
    { weight: 10, arbitrary: text.map((v) => [`${key}=${v}`]) },
    { weight: 2, arbitrary: fc.tuple(text, text).map(([a, b]) => [`${key}=${a}`, `${key}=${b}`]) },
    { weight: 1, arbitrary: text.map((v) => [`${key}[]=${v}`]) },
    { weight: 1, arbitrary: text.map((v) => [`${key}[a]=${v}`]) },
    { weight: 1, arbitrary: fc.constant<string[]>([key]) },
    { weight: 1, arbitrary: fc.constantFrom(...BROKEN_ESCAPES).map((escape) => [`${key}=${escape}`]) },
  );
}

/**
 * What one parameter adds to the URL: its path segment, or its query parts. The one under attack gets a hostile
 * value; the others a plausible one, an optional one left out two times in three, so the hostile value is what
 * the API has to deal with.
 */
function piecesOf(parameter: OperationParameter, hostile: boolean): fc.Arbitrary<string[]> {
  const value = hostile ? hostileValue(parameter.name, parameter.schema) : plausibleValue(parameter.schema);
  if (parameter.in === 'path') return pathSegment(value).map((segment) => [segment]);
  const parts = queryPart(parameter.name, value);
  return hostile || parameter.required
    ? parts
    : fc.oneof({ weight: 2, arbitrary: fc.constant<string[]>([]) }, { weight: 1, arbitrary: parts });
}

function urlOf(operation: GetOperation, pieces: readonly string[][], undeclared: readonly string[]): string {
  let path = operation.path;
  const query: string[] = [];
  operation.parameters.forEach((parameter, i) => {
    if (parameter.in === 'path') path = path.replace(`{${parameter.name}}`, pieces[i]![0]!);
    else query.push(...pieces[i]!);
  });
  query.push(...undeclared);
  return query.length === 0 ? path : `${path}?${query.join('&')}`;
}

const UNDECLARED_PART = fc.oneof(
  { weight: 5, arbitrary: fc.constant<string[]>([]) },
  { weight: 1, arbitrary: fc.constantFrom(...UNDECLARED).map((part) => [part]) },
);

/** Requests to one GET operation: one parameter (or, one time in n + 1, none) under attack. */
export function requestsTo(operation: GetOperation): fc.Arbitrary<FuzzRequest> {
  const { parameters } = operation;
  return fc
    .integer({ min: 0, max: parameters.length })
    .chain((target) =>
      fc.record({
        pieces: fc.tuple(...parameters.map((parameter, i) => piecesOf(parameter, i === target))),
        undeclared: UNDECLARED_PART,
        withKey: fc.boolean(),
      }),
    )
    .map(({ pieces, undeclared, withKey }) => ({ url: urlOf(operation, pieces, undeclared), withKey }));
}

const PROBLEM_KEYS = new Set(['status', 'title', 'detail', 'instance', 'code', 'invalid-params']);

/** What is wrong with a 4xx body, measured against `ApiProblem` (RFC 9457); null when nothing is. */
function problemShapeProblem(status: number, contentType: string | undefined, body: unknown): string | null {
  if (!contentType?.startsWith('application/problem+json'))
    return `Content-Type ${contentType ?? 'none'} instead of application/problem+json`;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'the body is no JSON object';
  const fields = body as Record<string, unknown>;
  const extra = Object.keys(fields).filter((key) => !PROBLEM_KEYS.has(key));
  if (extra.length > 0) return `members outside ApiProblem: ${extra.join(', ')}`;
  if (fields['status'] !== status) return `status ${String(fields['status'])} differs from the HTTP status`;
  if (typeof fields['code'] !== 'string' || !/^[A-Z][A-Z0-9_]+$/.test(fields['code'])) return 'code is no code';
  for (const key of ['title', 'detail', 'instance']) if (typeof fields[key] !== 'string' || fields[key] === '') return `${key} is missing`;
  const params = fields['invalid-params'];
  const named =
    Array.isArray(params) &&
    params.length > 0 &&
    params.every(
      (p: { name?: unknown; reason?: unknown }) =>
        typeof p.name === 'string' && p.name !== '' && typeof p.reason === 'string' && p.reason !== '',
    );
  if (fields['code'] === 'INVALID_PARAMETER' && !named) return 'INVALID_PARAMETER without invalid-params naming the parameter and why';
  return null;
}

/** Sends the request; the failure, with the request and the answer, or null when the answer is sound. */
export async function problemOf(server: Parameters<typeof request>[0], sent: FuzzRequest, adminToken: string): Promise<string | null> {
  const call = request(server).get(sent.url);
  const response = await (sent.withKey ? call.set('Authorization', `Bearer ${adminToken}`) : call);
  const problem =
    response.status >= 500
      ? 'a server error'
      : response.status >= 400
        ? problemShapeProblem(response.status, response.headers['content-type'], response.body)
        : null;
  if (problem === null) return null;
  const answer = (response.text ?? '').slice(0, 300);
  return `GET ${sent.url}${sent.withKey ? ' (admin key)' : ''} → ${response.status}: ${problem}; body ${answer}`;
}
