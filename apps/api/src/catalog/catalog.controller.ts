import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { sendPrebuilt } from '../cache/conditional-response';
import { ResponseCacheService } from '../cache/response-cache.service';
import { LangQueryDto } from '../common/lang-query.dto';
import { Answers, Conditional } from '../openapi/documented.decorators';
import { CatalogService } from './catalog.service';
import { toJsonLd, toTurtle } from './rdf-graph';

const JSON_LD = 'application/ld+json';
const TURTLE = 'text/turtle';

@ApiTags('catalog')
@Controller('catalog')
export class CatalogController {
  constructor(
    private readonly catalog: CatalogService,
    private readonly cache: ResponseCacheService,
  ) {}

  @Get()
  @ApiOperation({
    summary:
      'DCAT-AP-NL 3.0-catalogus: elke download en elke geladen tabel / DCAT-AP-NL 3.0 catalogue: every download and every loaded table',
    description:
      'JSON-LD; Turtle met `Accept: text/turtle`. Voor data.overheid.nl en andere portalen die DCAT oogsten. / JSON-LD; Turtle with `Accept: text/turtle`.',
  })
  @Answers('CatalogDocument', { as: JSON_LD, alsoAs: [TURTLE] })
  @Conditional()
  async get(@Query() _query: LangQueryDto, @Req() request: Request, @Res() response: Response): Promise<void> {
    // JSON-LD unless Turtle is preferred; either way the answer depends on Accept.
    const type = request.accepts([JSON_LD, 'application/json', TURTLE]) === TURTLE ? TURTLE : JSON_LD;
    const caching = { contentType: `${type}; charset=utf-8`, vary: ['Accept'] };
    const entry =
      type === TURTLE
        ? await this.cache.respondText(`${request.path}#turtle`, async () => toTurtle(await this.catalog.graph()), caching)
        : await this.cache.respondText(
            `${request.path}#json-ld`,
            async () => JSON.stringify(toJsonLd(await this.catalog.graph())),
            caching,
          );
    sendPrebuilt(request, response, entry);
  }
}
