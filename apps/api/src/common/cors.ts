import type { CorsOptions, CorsOptionsDelegate } from '@nestjs/common/interfaces/external/cors-options.interface';
import type { Request } from 'express';

const READS = new Set(['GET', 'HEAD']);

/** Headers a page elsewhere may read: the data version, the file name of a download, the version of the API. */
const EXPOSED = ['ETag', 'Content-Disposition', 'API-Version', 'Retry-After'];

/** The method a request is for; for a preflight, the one it asks about. */
function intendedMethod(request: Request): string {
  const asked = request.headers['access-control-request-method'];
  return (request.method === 'OPTIONS' && typeof asked === 'string' ? asked : request.method).toUpperCase();
}

/**
 * CORS by method: the API's reads are open data and use no cookies, so any site may read them (`*`); writes (uploads,
 * runs, keys, editions) are answered only for the dashboard's own origins (`CORS_ORIGINS`).
 */
export function corsByMethod(writeOrigins: readonly string[]): CorsOptionsDelegate<Request> {
  const reads: CorsOptions = {
    origin: '*',
    methods: ['GET', 'HEAD'],
    allowedHeaders: ['Authorization', 'If-None-Match', 'Accept'],
    exposedHeaders: EXPOSED,
  };
  const writes: CorsOptions = {
    origin: [...writeOrigins],
    methods: ['GET', 'HEAD', 'POST', 'DELETE'],
    allowedHeaders: ['Authorization', 'Content-Type', 'If-None-Match', 'Accept'],
    exposedHeaders: EXPOSED,
  };
  return (request, callback) => callback(null, READS.has(intendedMethod(request)) ? reads : writes);
}
