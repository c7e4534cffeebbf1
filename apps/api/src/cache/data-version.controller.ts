import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import type { DataVersionResponse } from '@koers/api-contracts';
import { DataVersionService } from './data-version.service';

// The dashboard's server asks this every second (DASHBOARD_DATA_CHECK_MS) to know when to drop its cached pages;
// it is as cheap as the health check and, like it, never rate limited.
@ApiTags('data')
@SkipThrottle()
@Controller('data-version')
export class DataVersionController {
  constructor(private readonly versions: DataVersionService) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'De versie van de gegevens / the version of the data',
    description: 'Verandert bij elke run, upload, intrekking of vaststelling. / Changes with every run, upload, withdrawal or adoption.',
  })
  @ApiOkResponse({ description: 'DataVersionResponse' })
  async version(): Promise<DataVersionResponse> {
    return { dataVersion: await this.versions.current() };
  }
}
