import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ExpressAdapter, type NestExpressApplication } from '@nestjs/platform-express';
import express, { type Express } from 'express';
import { KoersConfig } from '@koers/config';
import helmet from 'helmet';
import { AppModule } from './app.module';
import { API_PREFIX } from './api-prefix';
import { ApiOptions, apiOptionsOf } from './api-options';
import { API_VERSION, API_VERSION_HEADER } from './api-version';
import { corsByMethod } from './common/cors';
import { ApiExceptionFilter } from './common/api-exception.filter';
import { bodyReaders } from './common/body-readers';
import { fastLane } from './cache/fast-lane';
import { createValidationPipe } from './common/validation';
import { setupOpenApi } from './openapi/openapi';

/**
 * The Express server under Nest, set up before any route exists: paths match exactly (NL API Design Rules
 * /core/no-trailing-slash: `/regions/` and `/Regions` are 404, not a second address of `/regions`), and every
 * response, an error or an unknown path too, carries the API's version (/core/version-header).
 */
function strictServer(): Express {
  const server = express();
  server.set('strict routing', true);
  server.set('case sensitive routing', true);
  server.use((_request, response, next) => {
    response.setHeader(API_VERSION_HEADER, API_VERSION);
    next();
  });
  return server;
}

/** The configured Nest application, shared by main.ts and the e2e tests so both test the same thing. */
export async function createApp(
  config: KoersConfig,
  databaseUrl: string,
  logger = true,
  options: Partial<ApiOptions> = {},
): Promise<INestApplication> {
  const settings: ApiOptions = { ...apiOptionsOf(config), ...options };
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(config, databaseUrl, settings),
    new ExpressAdapter(strictServer()),
    {
      logger: logger ? undefined : false,
      // The body readers are the app's own (common/body-readers.ts), so their refusals reach the filter whole.
      bodyParser: false,
    },
  );
  app.setGlobalPrefix(API_PREFIX);
  // ETags are ours (per data version, and for streamed downloads); Express's own would hash every body again.
  app.set('etag', false);
  // The client's address for the rate limit: behind the dashboard's forwarding (or a reverse proxy) it is in
  // X-Forwarded-For, which is believed only from the proxies API_TRUST_PROXY names.
  app.set('trust proxy', config.api.trustProxy);
  app.use(helmet());
  app.enableCors(corsByMethod(config.api.corsOrigins));
  app.use(...bodyReaders());
  // Cached answers go out here, before Nest routes the request (cache/fast-lane.ts); after the body readers, so a
  // GET with a body too large or in an unknown coding is refused (413, 415) as on any other path.
  app.use(fastLane(app));
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ApiExceptionFilter());
  setupOpenApi(app, config);
  return app;
}
