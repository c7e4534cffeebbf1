/** Every route is under this prefix: `/api/v1/...`. */
export const API_PREFIX = 'api/v1';
