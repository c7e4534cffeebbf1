import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { LangQueryDto, languageOf } from '../common/lang-query.dto';
import { apiIndex, apiIndexHtml } from './landing.view';

// The server URL of the OpenAPI document itself (`/api/v1`): it is the document's entrance, not one of its paths
// (a path `/` below the server would be `/api/v1/`, with the trailing slash the API refuses).
@ApiExcludeController()
@Controller()
export class LandingController {
  @Get()
  index(@Query() query: LangQueryDto, @Req() request: Request, @Res() response: Response): void {
    const lang = languageOf(query);
    const index = apiIndex(lang);
    response.setHeader('Vary', 'Accept');
    // A browser gets a page; every other client the JSON.
    if (request.accepts(['application/json', 'text/html']) === 'text/html') response.type('text/html').send(apiIndexHtml(index, lang));
    else response.json(index);
  }
}
