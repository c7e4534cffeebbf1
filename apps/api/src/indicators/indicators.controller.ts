import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { IndicatorDetailResponse, IndicatorListResponse, IndicatorRegionsResponse } from '@koers/api-contracts';
import { CachedResponse } from '../cache/cached-response.interceptor';
import { languageOf } from '../common/lang-query.dto';
import { IndicatorDetailQueryDto, IndicatorIdParams, IndicatorRegionsQueryDto, IndicatorsQueryDto } from './dto/indicators-query.dto';
import { IndicatorRegionsService } from './indicator-regions.service';
import { IndicatorsService } from './indicators.service';
import { Answers, Fails } from '../openapi/documented.decorators';

@ApiTags('indicators')
@Controller('indicators')
@CachedResponse()
export class IndicatorsController {
  constructor(
    private readonly indicators: IndicatorsService,
    private readonly comparisons: IndicatorRegionsService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'De indicatorcatalogus / the indicator catalogue' })
  @Answers('IndicatorListResponse')
  list(@Query() query: IndicatorsQueryDto): IndicatorListResponse {
    return this.indicators.list(query.ambition, query.level, languageOf(query));
  }

  @Get(':id')
  @ApiOperation({
    summary:
      'Definitie, reeks, doel en traject, voortgang met uitleg, vergelijking en herkomst / definition, series, target, progress, comparisons, lineage',
    description:
      'from en to beperken de reeksen en het doelpad; asOf geeft de cijfers zoals gepubliceerd op die dag. / from and to limit the series and the target path; asOf gives the figures as published on that day.',
  })
  @Answers('IndicatorDetailResponse')
  @Fails('INDICATOR_NOT_FOUND', 'REGION_NOT_FOUND')
  detail(@Param() params: IndicatorIdParams, @Query() query: IndicatorDetailQueryDto): Promise<IndicatorDetailResponse> {
    return this.indicators.detail(params.id, {
      region: query.region,
      from: query.from,
      to: query.to,
      asOf: query.asOf,
      lang: languageOf(query),
    });
  }

  @Get(':id/regions')
  @ApiOperation({ summary: 'De waarde per wijk, buurt of vergelijkingsgemeente / the value per wijk, buurt or peer' })
  @Answers('IndicatorRegionsResponse')
  @Fails('INDICATOR_NOT_FOUND')
  regions(@Param() params: IndicatorIdParams, @Query() query: IndicatorRegionsQueryDto): Promise<IndicatorRegionsResponse> {
    return this.comparisons.compare(params.id, query.level, query.period, languageOf(query));
  }
}
