import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { MunicipalityResponse } from '@koers/api-contracts';
import { CachedResponse } from '../cache/cached-response.interceptor';
import { LangQueryDto } from '../common/lang-query.dto';
import { Answers } from '../openapi/documented.decorators';
import { MunicipalityService } from './municipality.service';

@ApiTags('municipality')
@Controller('municipality')
@CachedResponse()
export class MunicipalityController {
  constructor(private readonly municipality: MunicipalityService) {}

  @Get()
  @ApiOperation({
    summary:
      'De gemeente die Koers volgt, haar provincie en vergelijkingsgemeenten met hun namen, en wie de data publiceert / the municipality Koers monitors, its province and peers by name, and who publishes the data',
  })
  @Answers('MunicipalityResponse')
  // Names only, no texts: `lang` sets the language of an error, as everywhere.
  describe(@Query() _query: LangQueryDto): Promise<MunicipalityResponse> {
    return this.municipality.describe();
  }
}
