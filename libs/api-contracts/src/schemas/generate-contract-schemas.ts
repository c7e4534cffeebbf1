import { resolve } from 'node:path';
import { createGenerator } from 'ts-json-schema-generator';

/** A JSON Schema (2020-12, as OpenAPI 3.1 uses it) of one contract type. */
export type JsonSchema = Readonly<Record<string, unknown>>;

const CONTRACTS_DIR = resolve(__dirname, '..');

/** Where the schemas are kept: generated, committed, and checked against the types by a test. */
export const CONTRACT_SCHEMAS_FILE = resolve(__dirname, 'contract-schemas.json');

const DEFINITION = '#/definitions/';

/** A name a schema can be published under (NL API Design Rules: UpperCamelCase); `Reason<string>` is none. */
const SCHEMA_NAME = /^[A-Z][A-Za-z0-9]*$/;

/**
 * `#/definitions/X` (the generator's) becomes `#/components/schemas/X` (where the OpenAPI document keeps them), and
 * a reference to an instance of a generic type (`LoadsNextRunReason<string>`) is replaced by its schema.
 */
function rewrite(value: unknown, definitions: Readonly<Record<string, unknown>>): unknown {
  if (Array.isArray(value)) return value.map((item) => rewrite(item, definitions));
  if (typeof value !== 'object' || value === null) return value;
  const ref = (value as { $ref?: unknown }).$ref;
  if (typeof ref === 'string' && ref.startsWith(DEFINITION)) {
    const name = decodeURIComponent(ref.slice(DEFINITION.length));
    if (!SCHEMA_NAME.test(name)) return rewrite(definitions[name], definitions);
    return { ...value, $ref: `#/components/schemas/${name}` };
  }
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, rewrite(inner, definitions)]));
}

/**
 * A JSON Schema of every exported type of the contracts (`*.contracts.ts`), read from the TypeScript types
 * themselves with their TSDoc (descriptions, `@format`): the contracts stay the one home of the API's shapes.
 * Types from libs/indicators that the contracts name come along. Sorted by name, so the file diffs well.
 */
export function generateContractSchemas(): Record<string, JsonSchema> {
  const generator = createGenerator({
    path: resolve(CONTRACTS_DIR, '*.contracts.ts'),
    tsconfig: resolve(CONTRACTS_DIR, '..', 'tsconfig.json'),
    type: '*',
    expose: 'export',
    topRef: true,
    jsDoc: 'extended',
    skipTypeCheck: true,
    additionalProperties: false,
  });
  const definitions = generator.createSchema('*').definitions ?? {};
  const names = Object.keys(definitions)
    .filter((name) => SCHEMA_NAME.test(name))
    .sort();
  return Object.fromEntries(names.map((name) => [name, rewrite(definitions[name], definitions) as JsonSchema]));
}
