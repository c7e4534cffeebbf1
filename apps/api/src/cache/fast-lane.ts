import type { INestApplication } from '@nestjs/common';
import { type ThrottlerStorage, getStorageToken } from '@nestjs/throttler';
import type { NextFunction, Request, Response } from 'express';
import { API_OPTIONS, type ApiOptions } from '../api-options';
import { countedWithinLimit } from '../rate-limit/rate-limit';
import { seenDataVersion, sendPrebuilt } from './conditional-response';
import { ResponseCacheService } from './response-cache.service';

/**
 * The fast lane: a GET or HEAD whose URL has a cached answer of the current data version is served here, before
 * Nest routes it — counted against the rate limit like any request, then the prebuilt bytes in the coding the
 * client accepts (or 304). No validation, guard, handler or serialisation runs: the URL was validated and
 * answered when it was cached. Everything else (a miss, a stale data version, a client over its limit) goes on
 * to Nest. Registered after the middleware that sets the headers of every response (helmet, CORS).
 */
export function fastLane(app: INestApplication): (request: Request, response: Response, next: NextFunction) => void {
  const cache = app.get(ResponseCacheService);
  const storage = app.get<ThrottlerStorage>(getStorageToken());
  const options = app.get<ApiOptions>(API_OPTIONS);
  return (request, response, next) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    const answer = cache.peek(request.originalUrl, seenDataVersion(request));
    const route = answer?.fastLaneRoute;
    if (answer === undefined || route == null) return next();
    countedWithinLimit(storage, options, route, request, response).then(
      (within) => (within ? sendPrebuilt(request, response, answer.response) : next()),
      next,
    );
  };
}
