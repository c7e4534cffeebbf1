import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AmbitionDetailResponse, AmbitionListResponse } from '@koers/api-contracts';
import { CachedResponse } from '../cache/cached-response.interceptor';
import { languageOf } from '../common/lang-query.dto';
import { AmbitionsService } from './ambitions.service';
import { AmbitionIdParams, AmbitionsQueryDto } from './dto/ambitions-query.dto';

@ApiTags('ambitions')
@Controller('ambitions')
@CachedResponse()
export class AmbitionsController {
  constructor(private readonly ambitions: AmbitionsService) {}

  @Get()
  @ApiOperation({ summary: 'De vijf ambities met totaaloordeel en indicatoren / the five ambitions with roll-up and indicators' })
  @ApiOkResponse({ description: 'AmbitionListResponse' })
  list(@Query() query: AmbitionsQueryDto): Promise<AmbitionListResponse> {
    return this.ambitions.list(query.region, languageOf(query));
  }

  @Get(':id')
  @ApiOperation({ summary: 'Eén ambitie, met de uitleg bij elke indicator / one ambition, with each indicator’s explanation' })
  @ApiOkResponse({ description: 'AmbitionDetailResponse' })
  @ApiNotFoundResponse({ description: 'AMBITION_NOT_FOUND or REGION_NOT_FOUND' })
  detail(@Param() params: AmbitionIdParams, @Query() query: AmbitionsQueryDto): Promise<AmbitionDetailResponse> {
    return this.ambitions.detail(params.id, query.region, languageOf(query));
  }
}
