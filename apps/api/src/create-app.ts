import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { KoersConfig } from '@koers/config';
import helmet from 'helmet';
import { AppModule } from './app.module';
import { ApiOptions, DEFAULT_API_OPTIONS } from './api-options';
import { ApiExceptionFilter } from './common/api-exception.filter';
import { createValidationPipe } from './common/validation';
import { setupOpenApi } from './openapi/openapi';

export const API_PREFIX = 'api/v1';

/** The configured Nest application, shared by main.ts and the e2e tests so both test the same thing. */
export async function createApp(
  config: KoersConfig,
  databaseUrl: string,
  logger = true,
  options: Partial<ApiOptions> = {},
): Promise<INestApplication> {
  const settings: ApiOptions = { ...DEFAULT_API_OPTIONS, ...options };
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, databaseUrl, settings), { logger: logger ? undefined : false });
  app.setGlobalPrefix(API_PREFIX);
  // ETags are ours (per data version, and for streamed downloads); Express's own would hash every body again.
  app.set('etag', false);
  app.use(helmet());
  app.enableCors({
    origin: [...config.api.corsOrigins],
    methods: ['GET', 'HEAD', 'POST', 'DELETE'],
    allowedHeaders: ['Authorization', 'Content-Type', 'If-None-Match'],
    exposedHeaders: ['ETag', 'Content-Disposition'],
  });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ApiExceptionFilter());
  setupOpenApi(app, config.version);
  return app;
}
