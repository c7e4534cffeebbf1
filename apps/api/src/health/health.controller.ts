import { Controller, Get } from '@nestjs/common';
import { SkipThrottle } from '@nestjs/throttler';
import type { HealthResponse } from '@koers/api-contracts';
import { HealthException } from './health.exception';
import { HealthService } from './health.service';

// Load balancers poll it; it is never rate limited.
@SkipThrottle()
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  /** 200 with status ok when everything is up; 503, a problem with the same report, when not, for load balancers. */
  @Get()
  async get(): Promise<HealthResponse> {
    const report = await this.health.check();
    if (report.status !== 'ok') throw HealthException.degraded(report);
    return report;
  }
}
