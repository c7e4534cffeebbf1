import { CallHandler, ExecutionContext, Injectable, NestInterceptor, UseInterceptors, applyDecorators } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Observable, lastValueFrom, of } from 'rxjs';
import { Conditional } from '../openapi/documented.decorators';
import { clientHasCurrent } from './conditional-response';
import { ResponseCacheService } from './response-cache.service';

/**
 * Serves a JSON handler's result from the cache while the data is unchanged, with an ETag; answers 304 when the
 * client already has it. The handler runs only on a miss.
 */
@Injectable()
export class CachedResponseInterceptor implements NestInterceptor {
  constructor(private readonly cache: ResponseCacheService) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<string | undefined>> {
    const http = context.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const entry = await this.cache.respond(request.originalUrl, () => lastValueFrom(next.handle()));
    if (clientHasCurrent(request, response, entry.etag)) {
      response.status(304);
      return of(undefined);
    }
    response.type('application/json');
    return of(entry.body);
  }
}

/** Caches a GET handler's JSON response per URL and data version, with ETag and 304 (and documents both). */
export const CachedResponse = (): MethodDecorator & ClassDecorator => applyDecorators(UseInterceptors(CachedResponseInterceptor), Conditional());
