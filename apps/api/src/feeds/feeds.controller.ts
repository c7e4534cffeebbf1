import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { sendPrebuilt } from '../cache/conditional-response';
import { ResponseCacheService } from '../cache/response-cache.service';
import { LangQueryDto, languageOf } from '../common/lang-query.dto';
import { AnswersFile, Conditional } from '../openapi/documented.decorators';
import { atomXml } from './atom.writer';
import { ChangeFeedService } from './change-feed.service';

const ATOM = 'application/atom+xml';

@ApiTags('feeds')
@Controller('feeds')
export class FeedsController {
  constructor(
    private readonly feed: ChangeFeedService,
    private readonly cache: ResponseCacheService,
  ) {}

  @Get('wijzigingen.atom')
  @ApiOperation({
    summary:
      'Atom-feed van wijzigingen: nieuwe cijfers, statussen, vastgestelde edities / Atom feed of changes: new figures, statuses, adopted editions',
  })
  @AnswersFile('Atom 1.0 (RFC 4287)', [ATOM])
  @Conditional()
  async changes(@Query() query: LangQueryDto, @Req() request: Request, @Res() response: Response): Promise<void> {
    const lang = languageOf(query);
    const entry = await this.cache.respondText(`${request.path}#${lang}`, async () => atomXml(await this.feed.feed(lang)), {
      contentType: `${ATOM}; charset=utf-8`,
    });
    sendPrebuilt(request, response, entry);
  }
}
