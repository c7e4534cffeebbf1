import { writeFileSync } from 'node:fs';
import { CONTRACT_SCHEMAS_FILE, generateContractSchemas } from './generate-contract-schemas';

// `npm run contracts:schemas`: writes the JSON Schemas of the contract types after a contract changed.
const schemas = generateContractSchemas();
writeFileSync(CONTRACT_SCHEMAS_FILE, `${JSON.stringify(schemas, null, 2)}\n`);
console.log(`${Object.keys(schemas).length} schemas written to ${CONTRACT_SCHEMAS_FILE}`);
