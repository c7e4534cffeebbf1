import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { RegionProfileResponse } from '@koers/api-contracts';
import { CachedResponse } from '../cache/cached-response.interceptor';
import { LangQueryDto, languageOf } from '../common/lang-query.dto';
import { RegionCodeParams } from '../regions/dto/regions-query.dto';
import { RegionProfilesService } from './region-profiles.service';
import { Answers, Fails } from '../openapi/documented.decorators';

@ApiTags('regions')
@Controller('regions')
@CachedResponse()
export class RegionProfilesController {
  constructor(private readonly profiles: RegionProfilesService) {}

  @Get(':code/indicators')
  @ApiOperation({
    summary:
      'Het profiel van een wijk of buurt: elke indicator als aandeel of verhouding naast de gemeente / the profile of a district: every indicator as a share or rate beside the municipality',
  })
  @Answers('RegionProfileResponse')
  @Fails('REGION_NOT_FOUND')
  profile(@Param() params: RegionCodeParams, @Query() query: LangQueryDto): Promise<RegionProfileResponse> {
    return this.profiles.profile(params.code, languageOf(query));
  }
}
