import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AmbitionDetailResponse, AmbitionListResponse } from '@koers/api-contracts';
import { CachedResponse } from '../cache/cached-response.interceptor';
import { languageOf } from '../common/lang-query.dto';
import { AmbitionsService } from './ambitions.service';
import { AmbitionIdParams, AmbitionsQueryDto } from './dto/ambitions-query.dto';
import { Answers, Fails } from '../openapi/documented.decorators';

@ApiTags('ambitions')
@Controller('ambitions')
@CachedResponse()
export class AmbitionsController {
  constructor(private readonly ambitions: AmbitionsService) {}

  @Get()
  @ApiOperation({ summary: 'De vijf ambities met totaaloordeel en indicatoren / the five ambitions with roll-up and indicators' })
  @Answers('AmbitionListResponse')
  list(@Query() query: AmbitionsQueryDto): Promise<AmbitionListResponse> {
    return this.ambitions.list(query.region, languageOf(query));
  }

  @Get(':id')
  @ApiOperation({ summary: 'Eén ambitie, met de uitleg bij elke indicator / one ambition, with each indicator’s explanation' })
  @Answers('AmbitionDetailResponse')
  @Fails('AMBITION_NOT_FOUND', 'REGION_NOT_FOUND')
  detail(@Param() params: AmbitionIdParams, @Query() query: AmbitionsQueryDto): Promise<AmbitionDetailResponse> {
    return this.ambitions.detail(params.id, query.region, languageOf(query));
  }
}
