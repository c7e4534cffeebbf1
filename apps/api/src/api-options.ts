import { DynamicModule, Global, Module } from '@nestjs/common';

/**
 * Tuning of the API that is not (yet) a setting in libs/config: defaults for production, overridable by the app
 * factory for tests and the benchmark. Candidates for settings: API_RATE_LIMIT, API_CACHE.
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

export const DEFAULT_API_OPTIONS: ApiOptions = {
  rateLimit: { ttlMs: 10_000, limit: 300 },
  dataVersionTtlMs: 1_000,
  cache: true,
};

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
