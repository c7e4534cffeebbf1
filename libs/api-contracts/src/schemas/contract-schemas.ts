import schemas from './contract-schemas.json';

/**
 * The JSON Schema of every contract type, generated from the types themselves (`npm run contracts:schemas`; a test
 * fails when the file is behind the types). The OpenAPI document of the API takes its response schemas from here.
 */
export const CONTRACT_SCHEMAS: Readonly<Record<ContractSchemaName, Readonly<Record<string, unknown>>>> = schemas;

/** The name of a contract type with a schema: `AmbitionListResponse`, `ApiProblem`, … */
export type ContractSchemaName = keyof typeof schemas;
