import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { KoersConfig } from '@koers/config';
import helmet from 'helmet';
import { AppModule } from './app.module';
import { API_PREFIX } from './api-prefix';
import { ApiOptions, apiOptionsOf } from './api-options';
import { ApiExceptionFilter } from './common/api-exception.filter';
import { bodyReaders } from './common/body-readers';
import { fastLane } from './cache/fast-lane';
import { createValidationPipe } from './common/validation';
import { setupOpenApi } from './openapi/openapi';

/** The configured Nest application, shared by main.ts and the e2e tests so both test the same thing. */
export async function createApp(
  config: KoersConfig,
  databaseUrl: string,
  logger = true,
  options: Partial<ApiOptions> = {},
): Promise<INestApplication> {
  const settings: ApiOptions = { ...apiOptionsOf(config), ...options };
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, databaseUrl, settings), {
    logger: logger ? undefined : false,
    // The body readers are the app's own (common/body-readers.ts), so their refusals reach the filter whole.
    bodyParser: false,
  });
  app.setGlobalPrefix(API_PREFIX);
  // ETags are ours (per data version, and for streamed downloads); Express's own would hash every body again.
  app.set('etag', false);
  // The client's address for the rate limit: behind the dashboard's forwarding (or a reverse proxy) it is in
  // X-Forwarded-For, which is believed only from the proxies API_TRUST_PROXY names.
  app.set('trust proxy', config.api.trustProxy);
  app.use(helmet());
  app.enableCors({
    origin: [...config.api.corsOrigins],
    methods: ['GET', 'HEAD', 'POST', 'DELETE'],
    allowedHeaders: ['Authorization', 'Content-Type', 'If-None-Match'],
    exposedHeaders: ['ETag', 'Content-Disposition'],
  });
  // Cached answers go out here, before Nest routes the request (cache/fast-lane.ts).
  app.use(fastLane(app));
  app.use(...bodyReaders());
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ApiExceptionFilter());
  setupOpenApi(app, config.version);
  return app;
}
