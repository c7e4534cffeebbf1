import type { ExecutionContext } from '@nestjs/common';
import { DEFAULT_IPV6_SUBNET_PREFIX, type ThrottlerModuleOptions, type ThrottlerStorage, normalizeIp } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import type { ApiOptions } from '../api-options';
import { FixedWindowStorage } from './fixed-window.storage';

// The API's rate limit, counted per route and client: the one definition of whom a request counts against and in
// which bucket, shared by the throttler guard (every request through Nest) and the fast lane (cached answers served
// before Nest), so both count in the same buckets. Counted in this process's memory: with one API process per core
// a client may make the limit per process (see README, "API_WORKERS").

/** The one throttler's name. */
export const RATE_LIMIT_NAME = 'default';

/** A route as the rate limit names it: its controller and handler. */
export function rateLimitRoute(context: ExecutionContext): string {
  return `${context.getClass().name}.${context.getHandler().name}`;
}

/** Whom a request counts against: the client address Express settled (`trust proxy`); IPv6 by its /64. */
export function rateLimitTracker(request: Request): string {
  return normalizeIp(request.ip ?? '', DEFAULT_IPV6_SUBNET_PREFIX);
}

function bucket(route: string, tracker: string): string {
  return `${route}|${tracker}`;
}

/** The throttler's settings: one limit per window, counted per route and client in fixed windows. */
export function throttlerOptions(options: ApiOptions): ThrottlerModuleOptions {
  return {
    throttlers: [{ name: RATE_LIMIT_NAME, ttl: options.rateLimit.ttlMs, limit: options.rateLimit.limit }],
    storage: new FixedWindowStorage(),
    getTracker: (request) => rateLimitTracker(request as Request),
    generateKey: (context, tracker) => bucket(rateLimitRoute(context), tracker),
  };
}

/**
 * Counts a request the fast lane serves, as the guard would, and sets the same X-RateLimit headers. False when the
 * client is over the limit: the request then goes through Nest, whose guard refuses it with the API's 429.
 */
export async function countedWithinLimit(
  storage: ThrottlerStorage,
  options: ApiOptions,
  route: string,
  request: Request,
  response: Response,
): Promise<boolean> {
  const { ttlMs, limit } = options.rateLimit;
  const hits = await storage.increment(bucket(route, rateLimitTracker(request)), ttlMs, limit, ttlMs, RATE_LIMIT_NAME);
  if (hits.isBlocked) return false;
  response.setHeader('X-RateLimit-Limit', limit);
  response.setHeader('X-RateLimit-Remaining', Math.max(0, limit - hits.totalHits));
  response.setHeader('X-RateLimit-Reset', hits.timeToExpire);
  return true;
}
