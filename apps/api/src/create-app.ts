import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { KoersConfig } from '@koers/config';
import { AppModule } from './app.module';

export const API_PREFIX = 'api/v1';

/** The configured Nest application, shared by main.ts and the e2e tests so both test the same thing. */
export async function createApp(config: KoersConfig, databaseUrl: string, logger = true): Promise<INestApplication> {
  const app = await NestFactory.create(AppModule.forRoot(config, databaseUrl), { logger: logger ? undefined : false });
  app.setGlobalPrefix(API_PREFIX);
  app.enableCors({ origin: [...config.api.corsOrigins] });
  return app;
}
