import {
  CallHandler,
  ExecutionContext,
  Injectable,
  NestInterceptor,
  StreamableFile,
  UseInterceptors,
  applyDecorators,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { Observable, lastValueFrom, of } from 'rxjs';
import { REQUIRED_ROLE } from '../auth/principal';
import { Conditional } from '../openapi/documented.decorators';
import { rateLimitRoute } from '../rate-limit/rate-limit';
import { applyRepresentation, seenDataVersion } from './conditional-response';
import { ResponseCacheService } from './response-cache.service';

/**
 * Serves a JSON handler's result from the cache while the data is unchanged, as prebuilt bytes with an ETag;
 * answers 304 when the client already has it. The handler runs only on a miss. An answer of a public route is
 * offered to the fast lane (./fast-lane.ts), which serves the next requests for the same URL before Nest.
 */
@Injectable()
export class CachedResponseInterceptor implements NestInterceptor {
  constructor(
    private readonly cache: ResponseCacheService,
    private readonly reflector: Reflector,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<StreamableFile | undefined>> {
    const http = context.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    // A route that needs a key must pass its guard every time, so the fast lane never serves it.
    const isPublic = this.reflector.getAllAndOverride<unknown>(REQUIRED_ROLE, [context.getHandler(), context.getClass()]) === undefined;
    const produce = () => lastValueFrom(next.handle());
    const prebuilt = await this.cache.respond(
      request.originalUrl,
      produce,
      isPublic ? rateLimitRoute(context) : null,
      seenDataVersion(request),
    );
    const { body } = applyRepresentation(request, response, prebuilt);
    // Bytes as a stream: Nest would serialise a bare Buffer as JSON. Only a miss comes this way.
    return of(body === null ? undefined : new StreamableFile(body));
  }
}

/** Caches a GET handler's JSON response per URL and data version, with ETag and 304 (and documents both). */
export const CachedResponse = (): MethodDecorator & ClassDecorator =>
  applyDecorators(UseInterceptors(CachedResponseInterceptor), Conditional());
