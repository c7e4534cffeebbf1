import type { OpenAPIObject } from '@nestjs/swagger';

/** The document Nest builds from the decorators, completed with what holds for every operation. */
export function finishDocument(document: OpenAPIObject): OpenAPIObject {
  return document;
}
