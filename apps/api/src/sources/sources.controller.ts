import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { sendPrebuilt } from '../cache/conditional-response';
import { ResponseCacheService } from '../cache/response-cache.service';
import { LangQueryDto } from '../common/lang-query.dto';
import { SourcesService } from './sources.service';
import { Answers, Conditional } from '../openapi/documented.decorators';

@ApiTags('sources')
@Controller('sources')
export class SourcesController {
  constructor(
    private readonly sources: SourcesService,
    private readonly cache: ResponseCacheService,
  ) {}

  @Get()
  @ApiOperation({
    summary:
      'Per bron en tabel: laatste run, Modified-datum, versheid, volgende publicatie / per source and table: last run, Modified, freshness, next release',
  })
  @Answers('SourceListResponse')
  @Conditional()
  async list(@Query() _query: LangQueryDto, @Req() request: Request, @Res() response: Response): Promise<void> {
    // Freshness moves with the clock as well as with the data: the cached answer is kept for the hour at most.
    const now = new Date();
    const entry = await this.cache.respond(`${request.originalUrl}#${now.toISOString().slice(0, 13)}`, () => this.sources.list(now));
    sendPrebuilt(request, response, entry);
  }
}
