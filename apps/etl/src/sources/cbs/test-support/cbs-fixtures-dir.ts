import { resolve } from 'node:path';

/** The real recorded CBS payloads the tests (and the fake CBS server by default) answer from. */
export const CBS_FIXTURES_DIR = resolve(__dirname, '..', '__fixtures__');
