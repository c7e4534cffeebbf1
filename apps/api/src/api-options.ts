import { DynamicModule, Global, Module } from '@nestjs/common';
import type { KoersConfig } from '@koers/config';

/**
 * The API's tuning in force: the settings from libs/config (API_RATE_LIMIT, API_RATE_WINDOW_SECONDS, API_CACHE,
 * API_DATA_CHECK_MS), which tests and the benchmark may override through the app factory (e.g. a check interval
 * of 0, which no operator needs but a test of cache invalidation does).
 */
export interface ApiOptions {
  /** Requests one client (IP) may make per window; `/health` is exempt. */
  readonly rateLimit: { readonly ttlMs: number; readonly limit: number };
  /** How long the newest-data check is reused before the database is asked again. */
  readonly dataVersionTtlMs: number;
  /**
   * Keep computed responses and the observations read for them in memory until the data changes. Off (for the
   * benchmark's cold path) every request reads its observations; reference data (measure list, regions) is kept
   * per data version either way.
   */
  readonly cache: boolean;
}

export function apiOptionsOf(config: KoersConfig): ApiOptions {
  const { rateLimit, dataVersionCheckMs, cache } = config.api;
  return { rateLimit: { ttlMs: rateLimit.windowMs, limit: rateLimit.limit }, dataVersionTtlMs: dataVersionCheckMs, cache };
}

/** Injection token of the {@link ApiOptions} in force. */
export const API_OPTIONS = Symbol('API_OPTIONS');

/** Makes the {@link ApiOptions} injectable everywhere. */
@Global()
@Module({})
export class ApiOptionsModule {
  static forRoot(options: ApiOptions): DynamicModule {
    return { module: ApiOptionsModule, providers: [{ provide: API_OPTIONS, useValue: options }], exports: [API_OPTIONS] };
  }
}
