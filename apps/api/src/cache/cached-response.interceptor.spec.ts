import { Reflector } from '@nestjs/core';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import { lastValueFrom, of } from 'rxjs';
import { RequireRole } from '../auth/require-role.decorator';
import { CachedResponseInterceptor } from './cached-response.interceptor';
import { PrebuiltResponse } from '@koers/http-cache';
import type { ResponseCacheService } from './response-cache.service';

class ExampleController {
  open(): void {}
  @RequireRole('editor')
  guarded(): void {}
}

/** What the interceptor offered the cache: the fast lane's route, or null. */
async function offeredRoute(handler: keyof ExampleController): Promise<string | null> {
  let offered: string | null | undefined;
  const cache = {
    respond: async (_key: string, produce: () => Promise<unknown>, route: string | null) => {
      offered = route;
      return PrebuiltResponse.json(await produce(), 'no-cache');
    },
  } as unknown as ResponseCacheService;
  const response = { status: () => response, setHeader: () => response, vary: () => response };
  const request = { originalUrl: '/api/v1/x', method: 'GET', headers: {} };
  const context = new ExecutionContextHost([request, response], ExampleController, ExampleController.prototype[handler]);
  await lastValueFrom(await new CachedResponseInterceptor(cache, new Reflector()).intercept(context, { handle: () => of({ a: 1 }) }));
  return offered!;
}

describe('CachedResponseInterceptor', () => {
  it('should offer a public route to the fast lane under its controller and handler', async () => {
    expect(await offeredRoute('open')).toBe('ExampleController.open');
  });

  it('should never offer a route that needs a key to the fast lane, which checks no key', async () => {
    expect(await offeredRoute('guarded')).toBeNull();
  });
});
