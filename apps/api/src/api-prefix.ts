import { API_MAJOR } from './api-version';

/** Every route is under this prefix: `/api/v1/...`, the major version of {@link API_VERSION}. */
export const API_PREFIX = `api/${API_MAJOR}`;
