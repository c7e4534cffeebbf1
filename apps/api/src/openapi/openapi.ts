import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import type { KoersConfig } from '@koers/config';
import type { Express } from 'express';
import { API_PREFIX } from '../api-prefix';
import { API_VERSION } from '../api-version';
import { finishDocument } from './openapi-finish';

/** Where the document and its UI are served (/core/publish-openapi: `<base>/openapi.json`). */
export const OPENAPI_PATHS = { document: `/${API_PREFIX}/openapi.json`, ui: `/${API_PREFIX}/docs` } as const;

const DESCRIPTION = [
  'Indicatoren van de omgevingsvisie van een gemeente: ambities, voortgang, wijken, vergelijkingsgemeenten, herkomst en downloads.',
  'Welke gemeente, met haar provincie en vergelijkingsgemeenten: `GET /municipality`.',
  'Teksten in het Nederlands; `?lang=en` voor Engels. Lezen is openbaar; schrijven vraagt een API-sleutel (Bearer).',
  'Elke fout is `application/problem+json` (RFC 9457). Wijzigingen: docs/api-changelog.md.',
].join(' ');

/** The OpenAPI 3 document of the API, as served: every operation with its responses, schemas and headers. */
export function openApiDocument(app: INestApplication, config: KoersConfig): OpenAPIObject {
  const { contact } = config.publication;
  const builder = new DocumentBuilder()
    .setTitle('Koers API')
    .setDescription(DESCRIPTION)
    .setOpenAPIVersion('3.1.0')
    .setVersion(API_VERSION)
    .setContact(contact.name ?? '', contact.url, contact.email)
    .setLicense('EUPL-1.2', 'https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12')
    // Relative to the document, so it names whichever address served it (the API itself, or the dashboard's /api).
    .addServer(`/${API_PREFIX}`, 'Deze server / this server')
    .addBearerAuth({
      type: 'http',
      scheme: 'bearer',
      bearerFormat: 'koers_…',
      description: 'Een API-sleutel (koers_…) of KOERS_ADMIN_TOKEN / an API key or KOERS_ADMIN_TOKEN',
    })
    .build();
  // Written before any data is read: a contact the configuration does not name is known by its addresses alone.
  if (contact.name === null) builder.info.contact = { url: contact.url, email: contact.email };
  return finishDocument(SwaggerModule.createDocument(app, builder, { ignoreGlobalPrefix: true }));
}

/** The document at /api/v1/openapi.json and its UI at /api/v1/docs; the old addresses redirect there. */
export function setupOpenApi(app: INestApplication, config: KoersConfig): void {
  const document = openApiDocument(app, config);
  SwaggerModule.setup(OPENAPI_PATHS.ui.slice(1), app, document, {
    jsonDocumentUrl: OPENAPI_PATHS.document.slice(1),
    customSiteTitle: 'Koers API',
  });
  const server = app.getHttpAdapter().getInstance() as Express;
  server.get('/api/docs', (_request, response) => response.redirect(301, OPENAPI_PATHS.ui));
  server.get('/api/docs-json', (_request, response) => response.redirect(301, OPENAPI_PATHS.document));
}
