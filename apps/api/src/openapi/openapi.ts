import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

/** The OpenAPI document at /api/docs-json and its UI at /api/docs. */
export function setupOpenApi(app: INestApplication, version: string): void {
  const config = new DocumentBuilder()
    .setTitle('Koers API')
    .setDescription(
      'Indicatoren van de omgevingsvisie van Assen: ambities, voortgang, wijken, vergelijkingsgemeenten, herkomst en downloads. ' +
        'Teksten in het Nederlands; `?lang=en` voor Engels. Lezen is openbaar; schrijven vraagt een API-sleutel (Bearer).',
    )
    .setVersion(version)
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'koers_… API key, or KOERS_ADMIN_TOKEN' })
    .build();
  const document = SwaggerModule.createDocument(app, config);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
}
