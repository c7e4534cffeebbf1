import { Global, Module } from '@nestjs/common';
import { CachedResponseInterceptor } from './cached-response.interceptor';
import { DataVersionService } from './data-version.service';
import { ResponseCacheService } from './response-cache.service';

/** The data version, the response cache and its interceptor, for every feature module. */
@Global()
@Module({
  providers: [DataVersionService, ResponseCacheService, CachedResponseInterceptor],
  exports: [DataVersionService, ResponseCacheService, CachedResponseInterceptor],
})
export class CacheModule {}
