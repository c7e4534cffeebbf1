import { applyDecorators } from '@nestjs/common';
import { ApiExtension, ApiHeader, ApiResponse } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import type { ContractSchemaName } from '@koers/api-contracts/schemas';
import { type ApiErrorCode, ERROR_STATUS } from '../common/api-exception.filter';

// How an operation documents its answers. What holds for every operation (API-Version, 400, 429, 500, problem
// bodies) is added to the whole document by openapi-finish.ts; what differs per operation is said here, beside the
// handler, with the contract type of the body or the codes of the errors.

/** A reference to the schema of a contract type (libs/api-contracts, generated into components.schemas). */
export function schemaRef(name: ContractSchemaName): { $ref: string } {
  return { $ref: `#/components/schemas/${name}` };
}

/** Problems that carry more than the standard members, by their code. */
const PROBLEM_SCHEMAS: Partial<Readonly<Record<ApiErrorCode, ContractSchemaName>>> = {
  UPLOAD_REJECTED: 'UploadRejectedProblem',
  HEALTH_DEGRADED: 'HealthDegradedProblem',
};

/** Extension member that marks an operation the rate limit does not apply to (removed from the served document). */
export const UNTHROTTLED = 'x-koers-unthrottled';

/** Content of a file or text in one of these media types (CSV, Arrow, Parquet, XLSX, Atom, Turtle, …). */
function fileContent(mediaTypes: readonly string[]): Record<string, { schema: Record<string, string> }> {
  return Object.fromEntries(mediaTypes.map((type) => [type, { schema: { type: 'string', contentMediaType: type } }]));
}

export interface AnswerOptions {
  readonly status?: 200 | 201 | 202;
  readonly description?: string;
  /** Other media types the same answer comes in (`?format=csv`, `Accept: text/turtle`). */
  readonly alsoAs?: readonly string[];
  /** The media type of the JSON (`application/ld+json` for the catalogue). */
  readonly as?: string;
}

/** The JSON body of a success, as the contract type `schema` (and, with `alsoAs`, the files it also comes as). */
export function Answers(schema: ContractSchemaName, options: AnswerOptions = {}): MethodDecorator {
  const content = { [options.as ?? 'application/json']: { schema: schemaRef(schema) }, ...fileContent(options.alsoAs ?? []) };
  return ApiResponse({ status: options.status ?? 200, description: options.description ?? schema, content });
}

/** A success that is a file or a text in one of these media types. */
export function AnswersFile(description: string, mediaTypes: readonly string[]): MethodDecorator {
  return ApiResponse({ status: 200, description, content: fileContent(mediaTypes) });
}

/** 204: done, nothing to say. */
export function AnswersNothing(description: string): MethodDecorator {
  return ApiResponse({ status: 204, description });
}

/**
 * The errors this operation answers beyond those of every operation, by their codes: each code's status comes from
 * the one map of codes to statuses (ERROR_STATUS), and the description lists the codes.
 */
export function Fails(...codes: readonly ApiErrorCode[]): MethodDecorator {
  const byStatus = new Map<number, ApiErrorCode[]>();
  for (const code of codes) byStatus.set(ERROR_STATUS[code], [...(byStatus.get(ERROR_STATUS[code]) ?? []), code]);
  return applyDecorators(
    ...[...byStatus].map(([status, listed]) => {
      const special = listed.map((code) => PROBLEM_SCHEMAS[code]).find((name) => name !== undefined);
      const description = `\`code\`: ${listed.join(', ')}`;
      return special
        ? ApiResponse({ status, description, content: { 'application/problem+json': { schema: schemaRef(special) } } })
        : ApiResponse({ status, description });
    }),
  );
}

/** Answers with an ETag, and 304 without a body when `If-None-Match` names the current one. */
export function Conditional(): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ApiHeader({
      name: 'If-None-Match',
      required: false,
      description: 'De ETag van een eerder antwoord / the ETag of an earlier answer',
      schema: { type: 'string' },
    }),
    ApiResponse({
      status: 304,
      description: 'Niet gewijzigd sinds de ETag in If-None-Match / not modified since the ETag in If-None-Match',
    }),
  );
}

/** Not rate limited (load balancers poll it), and so documented without 429. */
export function Unthrottled(): MethodDecorator & ClassDecorator {
  return applyDecorators(SkipThrottle(), ApiExtension(UNTHROTTLED, true));
}
