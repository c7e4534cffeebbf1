import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { HealthResponse } from '@koers/api-contracts';
import { LangQueryDto } from '../common/lang-query.dto';
import { Answers, Fails, Unthrottled } from '../openapi/documented.decorators';
import { HealthException } from './health.exception';
import { HealthService } from './health.service';

// Load balancers poll it; it is never rate limited.
@Unthrottled()
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  /** 200 with status ok when everything is up; 503, a problem with the same report, when not, for load balancers. */
  @Get()
  @ApiOperation({ summary: 'Kan de API antwoorden? / can the API answer?' })
  @Answers('HealthResponse')
  @Fails('HEALTH_DEGRADED')
  async get(@Query() _query: LangQueryDto): Promise<HealthResponse> {
    const report = await this.health.check();
    if (report.status !== 'ok') throw HealthException.degraded(report);
    return report;
  }
}
