import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CoverageResponse } from '@koers/api-contracts';
import { CachedResponse } from '../cache/cached-response.interceptor';
import { LangQueryDto, languageOf } from '../common/lang-query.dto';
import { CoverageService } from './coverage.service';
import { Answers } from '../openapi/documented.decorators';

@ApiTags('coverage')
@Controller('coverage')
@CachedResponse()
export class CoverageController {
  constructor(private readonly coverage: CoverageService) {}

  @Get()
  @ApiOperation({
    summary: 'Per ambitie: indicatoren met oordeel, alleen echte cijfers, alleen voorbeelddata of niets, en waarom / per ambition: indicators with a verdict, real figures only, only example data, or nothing, and why',
  })
  @Answers('CoverageResponse')
  overview(@Query() query: LangQueryDto): Promise<CoverageResponse> {
    return this.coverage.overview(languageOf(query));
  }
}
