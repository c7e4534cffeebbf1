import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { RegionDetailResponse, RegionListResponse } from '@koers/api-contracts';
import { CachedResponse } from '../cache/cached-response.interceptor';
import { LangQueryDto } from '../common/lang-query.dto';
import { RegionCodeParams, RegionsQueryDto } from './dto/regions-query.dto';
import { RegionsService } from './regions.service';
import { Answers, Fails } from '../openapi/documented.decorators';

@ApiTags('regions')
@Controller('regions')
@CachedResponse()
export class RegionsController {
  constructor(private readonly regions: RegionsService) {}

  @Get()
  @ApiOperation({ summary: 'Regio’s met niveau, bovenliggende regio en grensjaar / regions with level, parent and boundary year' })
  @Answers('RegionListResponse')
  list(@Query() query: RegionsQueryDto): Promise<RegionListResponse> {
    return this.regions.list(query.level, query.parent);
  }

  @Get(':code')
  @ApiOperation({ summary: 'Eén regio met bovenliggende en onderliggende regio’s / one region with its parent and children' })
  @Answers('RegionDetailResponse')
  @Fails('REGION_NOT_FOUND')
  detail(@Param() params: RegionCodeParams, @Query() _query: LangQueryDto): Promise<RegionDetailResponse> {
    return this.regions.detail(params.code);
  }
}
