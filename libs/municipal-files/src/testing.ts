/** Fixture files and the fixed clock of the municipal-file tests, for the suites of the apps that use this lib. */
import { join } from 'node:path';

export { NOW } from './test-support/municipal-fixtures';
export const MUNICIPAL_FIXTURES_DIR = join(__dirname, '__fixtures__');
