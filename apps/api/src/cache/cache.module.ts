import { Global, Module } from '@nestjs/common';
import { CachedResponseInterceptor } from './cached-response.interceptor';
import { DataVersionController } from './data-version.controller';
import { DataVersionService } from './data-version.service';
import { EvaluationDateService } from './evaluation-date.service';
import { ResponseCacheService } from './response-cache.service';

/** The data version (and GET /data-version), the evaluation date, the response cache and its interceptor, for every feature module. */
@Global()
@Module({
  controllers: [DataVersionController],
  providers: [DataVersionService, EvaluationDateService, ResponseCacheService, CachedResponseInterceptor],
  exports: [DataVersionService, EvaluationDateService, ResponseCacheService, CachedResponseInterceptor],
})
export class CacheModule {}
