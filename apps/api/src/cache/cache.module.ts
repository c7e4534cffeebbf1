import { Global, Module } from '@nestjs/common';
import { CachedResponseInterceptor } from './cached-response.interceptor';
import { DataVersionService } from './data-version.service';
import { EvaluationDateService } from './evaluation-date.service';
import { ResponseCacheService } from './response-cache.service';

/** The data version, the evaluation date, the response cache and its interceptor, for every feature module. */
@Global()
@Module({
  providers: [DataVersionService, EvaluationDateService, ResponseCacheService, CachedResponseInterceptor],
  exports: [DataVersionService, EvaluationDateService, ResponseCacheService, CachedResponseInterceptor],
})
export class CacheModule {}
